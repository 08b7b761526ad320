// A ZipAssembler (./zip-assembler.ts) written to a file as it grows: after every push the compressed
// bytes go to disk, so memory holds one page of rows however large the archive becomes.
import { open, type FileHandle } from "node:fs/promises";
import { ZipAssembler, type ZipAssemblerOptions } from "./zip-assembler.ts";

export class ZipFileWriter {
  private constructor(
    readonly zip: ZipAssembler,
    private readonly handle: FileHandle,
  ) {}

  /** Creates (or truncates) `filePath`. */
  static async create(filePath: string, options: ZipAssemblerOptions): Promise<ZipFileWriter> {
    return new ZipFileWriter(new ZipAssembler(options), await open(filePath, "w", 0o600));
  }

  /** Writes what the archive produced so far. */
  async flush(): Promise<void> {
    const chunks = this.zip.take();
    if (chunks.length > 0) await this.handle.writev(chunks);
  }

  /** Ends the archive, writes the rest, syncs and closes the file: its SHA-256 and size. */
  async finish(): Promise<{ sha256: string; bytes: number }> {
    this.zip.end();
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    return { sha256: this.zip.sha256(), bytes: this.zip.size };
  }

  /** Closes the file without ending the archive (a failed or superseded run). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
