// The mirror's files as a ZIP stream (lib/zip): one entry per pull, so the archive leaves while it is
// made; every entry carries the same modification time (the same files give the same bytes).
import { ZipAssembler } from "../zip/zip-assembler.ts";
import type { MirrorFile } from "./mirror.ts";

export function mirrorZipStream(files: readonly MirrorFile[], mtime: Date): ReadableStream<Uint8Array> {
  const zip = new ZipAssembler({ mtime, deflate: "zlib" });
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const file = files[next++];
      if (file) zip.entry(file.file, file.body);
      else zip.end();
      for (const chunk of zip.take()) controller.enqueue(chunk);
      if (!file) controller.close();
    },
  });
}
