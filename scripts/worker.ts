// The job worker: `npm run worker` for scale-out, or started by `npm run dev` / `npm start`
// (JOBS_IN_APP). Any number can run against the same database.
// Each email delivery lane holds a connection while it sends (lib/mail/deliver.ts): room for all of
// them plus the other jobs. Set before the database client is created.
process.env.DATABASE_POOL_SIZE ??= "32";

import { stopBoss } from "../lib/jobs/boss.ts";
import { startWorkers } from "../lib/jobs/workers.ts";
import { disconnectDb } from "../lib/db/client.ts";

await startWorkers();
console.log(`[worker ${process.pid}] processing jobs`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await stopBoss();
  await disconnectDb();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
