// Writes the mirror's files into a folder (created; it must be empty, so no file of an older export
// lingers), each file name checked to stay inside it.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MirrorFile } from "./mirror.ts";

export async function writeMirrorFolder(folder: string, files: readonly MirrorFile[]): Promise<number> {
  const root = path.resolve(folder);
  await mkdir(root, { recursive: true });
  if ((await readdir(root)).length > 0)
    throw new Error(`${root} is not empty: choose an empty or new folder`);
  let bytes = 0;
  for (const file of files) {
    const target = path.resolve(root, ...file.file.split("/"));
    if (!target.startsWith(`${root}${path.sep}`))
      throw new Error(`static export: ${file.file} leaves the folder`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.body);
    bytes += file.body.byteLength;
  }
  return bytes;
}
