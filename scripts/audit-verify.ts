// `npm run audit:verify [chain]`: recomputes every audit hash chain (or one) from its signed prune checkpoint
// (or its first event) up to its newest signed head (ADR 0025), and exits non-zero naming the first event
// that does not verify — or the newest events that are missing.
import { verifyAllChains, verifyChain } from "../lib/audit/verify.ts";
import { disconnectDb } from "../lib/db/client.ts";

const only = process.argv[2];
const reports = only ? [await verifyChain(only)] : await verifyAllChains();
let failed = false;
for (const report of reports) {
  const pruned =
    report.prunedThrough === undefined ? "" : ` after the signed checkpoint at #${report.prunedThrough}`;
  if (report.ok) {
    console.log(`ok      ${report.chain}: ${report.events} events verified${pruned}`);
  } else {
    failed = true;
    const event = report.brokenEventId === null ? "" : `event ${report.brokenEventId} `;
    console.error(`BROKEN  ${report.chain}: ${event}(seq ${report.brokenSeq}): ${report.reason}`);
  }
}
if (reports.length === 0) console.log("No audit events yet.");
await disconnectDb();
process.exit(failed ? 1 : 0);
