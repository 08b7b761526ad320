// `npm run backup [folder]` (ADR 0034): a dump of the application's tables and its manifest, written under
// a name that sorts by time; the manifest is written last, so a dump without one is an unfinished backup.
import { mkdirSync, renameSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeDump } from "./dump.ts";
import { fileDigest } from "./file-digest.ts";
import { DUMP_FORMAT, DUMP_SUFFIX, MANIFEST_SUFFIX, type BackupManifest } from "./manifest.ts";

function appVersion(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.resolve("package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
}

export async function takeBackup(
  url: string,
  folder: string,
): Promise<{ manifest: BackupManifest; manifestPath: string; dumpPath: string }> {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const partial = path.join(folder, `.partial-${process.pid}-${Date.now()}${DUMP_SUFFIX}`);
  const facts = await writeDump(url, partial);
  const base = `article28-${facts.createdAt.toISOString().replace(/[:.]/g, "-")}`;
  const dumpPath = path.join(folder, base + DUMP_SUFFIX);
  renameSync(partial, dumpPath);
  const digest = await fileDigest(dumpPath);
  const manifest: BackupManifest = {
    format: DUMP_FORMAT,
    createdAt: facts.createdAt.toISOString(),
    app: appVersion(),
    server: { version: facts.serverVersion },
    migrations: facts.migrations,
    dump: { file: path.basename(dumpPath), bytes: digest.bytes, sha256: digest.sha256 },
    tables: facts.tables,
  };
  const manifestPath = path.join(folder, base + MANIFEST_SUFFIX);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return { manifest, manifestPath, dumpPath };
}
