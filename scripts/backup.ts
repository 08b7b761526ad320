// `npm run backup [folder]` (ADR 0034): a consistent logical dump of the application's tables, with its
// manifest, into `folder` (default .data/backups). scripts/run.ts resolves the database like the product
// and passes the owner's connection as DATABASE_URL.
import { takeBackup } from "../lib/backup/take-backup.ts";

const folder = process.argv[2] ?? ".data/backups";
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (run `npm run backup`, which resolves the database)");
  process.exit(2);
}
const { manifest, manifestPath, dumpPath } = await takeBackup(url, folder);
const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
console.log(`Backup of ${manifest.createdAt}: ${rows} rows, ${manifest.dump.bytes} bytes`);
console.log(`  dump      ${dumpPath}`);
console.log(`  manifest  ${manifestPath}`);
console.log(`  sha256    ${manifest.dump.sha256}`);
