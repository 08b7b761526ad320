// `npm run audit:verify [chain]`: recomputes every audit hash chain (or one) and exits non-zero
// naming the first event that does not verify.
import { verifyAllChains, verifyChain } from "../lib/audit/verify.ts";
import { disconnectDb } from "../lib/db/client.ts";

const only = process.argv[2];
const reports = only ? [await verifyChain(only)] : await verifyAllChains();
let failed = false;
for (const report of reports) {
  if (report.ok) {
    console.log(`ok      ${report.chain}: ${report.events} events verified`);
  } else {
    failed = true;
    console.error(
      `BROKEN  ${report.chain}: event ${report.brokenEventId} (seq ${report.brokenSeq}): ${report.reason}`,
    );
  }
}
if (reports.length === 0) console.log("No audit events yet.");
await disconnectDb();
process.exit(failed ? 1 : 0);
