// A backup's manifest (ADR 0034): written next to the dump as <name>.manifest.json. It says when the
// snapshot was taken (the erasure ledger is replayed from there), with which migrations, server and app
// version, and the dump file's size and SHA-256, which a restore checks before it changes anything.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The dump's format: JSON lines over the PostgreSQL protocol, gzip-compressed (./dump-format.ts). */
export const DUMP_FORMAT = "article28-logical-dump/1";

export const backupManifest = z
  .object({
    format: z.literal(DUMP_FORMAT),
    createdAt: z.iso.datetime(),
    app: z.object({ name: z.string(), version: z.string() }).strict(),
    server: z.object({ version: z.string() }).strict(),
    migrations: z.array(z.string().regex(/^[0-9]{14}_[a-z0-9_]+$/)).min(1),
    dump: z
      .object({
        file: z.string().regex(/^[^/\\]+$/),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
    tables: z.record(z.string(), z.number().int().nonnegative()),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifest>;

export const DUMP_SUFFIX = ".dump.jsonl.gz";
export const MANIFEST_SUFFIX = ".manifest.json";

/** The manifest that belongs to a dump or manifest path. */
export function manifestPathOf(file: string): string {
  if (file.endsWith(MANIFEST_SUFFIX)) return file;
  if (file.endsWith(DUMP_SUFFIX)) return file.slice(0, -DUMP_SUFFIX.length) + MANIFEST_SUFFIX;
  return file + MANIFEST_SUFFIX;
}

export class ManifestError extends Error {
  override name = "ManifestError";
}

export function readManifest(manifestPath: string): { manifest: BackupManifest; dumpPath: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ManifestError(`The manifest ${manifestPath} cannot be read: ${reason}`);
  }
  const parsed = backupManifest.safeParse(raw);
  if (!parsed.success)
    throw new ManifestError(`${manifestPath} is not an Article28 backup manifest (${DUMP_FORMAT})`);
  return {
    manifest: parsed.data,
    dumpPath: path.join(path.dirname(manifestPath), parsed.data.dump.file),
  };
}
