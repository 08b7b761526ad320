// A ZIP assembled one entry after another with fflate's streaming deflate: each entry's size and SHA-256
// are counted while its bytes pass (the manifests of the DSR result package and the organisation export
// list them), and the archive's own SHA-256 and size while its bytes leave. Entries are written one at a
// time, so memory holds only the chunks not yet taken (`take()`), never a whole entry. Every entry carries
// the same modification time, so the same entries give the same bytes. Pure (no I/O).
import { createHash, type Hash } from "node:crypto";
import { Zip, ZipDeflate } from "fflate";
import { NativeZipDeflate } from "./native-deflate.ts";

export type ZipFileEntry = { path: string; bytes: number; sha256: string; rows?: number };

export type ZipAssemblerOptions = {
  mtime: Date;
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** "fflate" (default: the same bytes everywhere) or Node's zlib (native-deflate.ts: several times faster). */
  deflate?: "fflate" | "zlib";
};

const encoder = new TextEncoder();

export class ZipAssembler {
  readonly files: ZipFileEntry[] = [];
  private readonly zip: Zip;
  private readonly archiveHash = createHash("sha256");
  private archiveBytes = 0;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private current: {
    path: string;
    file: ZipDeflate | NativeZipDeflate;
    hash: Hash;
    bytes: number;
    final: boolean;
  } | null = null;
  private ended = false;

  constructor(private readonly options: ZipAssemblerOptions) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else if (chunk.byteLength > 0) {
        this.archiveHash.update(chunk);
        this.archiveBytes += chunk.byteLength;
        this.pending.push(chunk);
      }
    });
  }

  /** Starts the next entry; the previous one must be finished. */
  begin(path: string): void {
    if (this.current) throw new Error(`zip: ${this.current.path} is not finished`);
    if (this.ended) throw new Error("zip: already ended");
    const level = this.options.level ?? 6;
    const file =
      this.options.deflate === "zlib" ? new NativeZipDeflate(path, level) : new ZipDeflate(path, { level });
    file.mtime = this.options.mtime;
    this.zip.add(file);
    this.current = { path, file, hash: createHash("sha256"), bytes: 0, final: false };
    this.check();
  }

  /** Adds bytes (or UTF-8 text) to the current entry; `final`: these are its last bytes. */
  push(data: Uint8Array | string, final = false): void {
    const entry = this.current;
    if (!entry || entry.final) throw new Error("zip: no entry open");
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    if (bytes.byteLength === 0 && !final) return;
    entry.hash.update(bytes);
    entry.bytes += bytes.byteLength;
    entry.final = final;
    entry.file.push(bytes, final);
    this.check();
  }

  /** Ends the current entry; returns (and keeps, in `files`) its size and SHA-256. */
  finish(rows?: number): ZipFileEntry {
    const entry = this.current;
    if (!entry) throw new Error("zip: no entry begun");
    if (!entry.final) entry.file.push(new Uint8Array(0), true);
    this.current = null;
    this.check();
    const written: ZipFileEntry = {
      path: entry.path,
      bytes: entry.bytes,
      sha256: entry.hash.digest("hex"),
      ...(rows !== undefined ? { rows } : {}),
    };
    this.files.push(written);
    return written;
  }

  /** One whole entry at once (its bytes deflated in one piece). */
  entry(path: string, data: Uint8Array | string, rows?: number): ZipFileEntry {
    this.begin(path);
    this.push(data, true);
    return this.finish(rows);
  }

  /** Writes the central directory; afterwards `sha256` and `size` describe the whole archive. */
  end(): void {
    if (this.current) throw new Error(`zip: ${this.current.path} is not finished`);
    this.ended = true;
    this.zip.end();
    this.check();
  }

  /** The archive's bytes produced since the last call. */
  take(): Uint8Array[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  get size(): number {
    return this.archiveBytes;
  }

  /** The whole archive's SHA-256 (hex); only after end(). */
  sha256(): string {
    if (!this.ended) throw new Error("zip: not ended");
    return this.archiveHash.copy().digest("hex");
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/** Concatenates chunks (an archive built in memory). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
