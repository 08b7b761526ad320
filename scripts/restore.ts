// `npm run restore <file>` (ADR 0034): restores a backup (its dump or its manifest) into an empty
// database, re-applies the erasure ledger and verifies the result before reporting success. DATABASE_URL
// is the application's connection, DATABASE_OWNER_URL the owner's (scripts/run.ts sets both).
// Exit 0: restored and verified; 1: restored but it does not verify, or failed midway (do not serve it);
// 2: refused before the database was changed.
import { restoreBackup, RestoreRefused } from "../lib/backup/restore.ts";
import { disconnectDb } from "../lib/db/client.ts";
import { systemClock } from "../lib/time/clock.ts";

const file = process.argv[2];
const appUrl = process.env.DATABASE_URL;
const ownerUrl = process.env.DATABASE_OWNER_URL ?? appUrl;
if (!file || !appUrl || !ownerUrl) {
  console.error("Usage: npm run restore <backup .dump.jsonl.gz or .manifest.json>");
  process.exit(2);
}
let code = 0;
try {
  const report = await restoreBackup(file, { ownerUrl, appUrl }, systemClock);
  const events = report.chains.reduce((n, c) => n + c.events, 0);
  console.log(`Restored ${report.rows} rows from the backup of ${report.manifest.createdAt}.`);
  console.log(`  erasure ledger  ${report.replayed.length} entries since the backup`);
  console.log(`  audit           ${report.chains.length} chains, ${events} events verified`);
  console.log(`  certificates    ${report.certificates.checked} verified`);
} catch (error) {
  code = error instanceof RestoreRefused ? 2 : 1;
  console.error(
    `Restore ${code === 2 ? "refused" : "FAILED"}: ${error instanceof Error ? error.message : error}`,
  );
}
await disconnectDb();
process.exit(code);
