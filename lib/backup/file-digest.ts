// SHA-256 and size of a file, read as a stream (a dump can be larger than memory).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

export async function fileDigest(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}
