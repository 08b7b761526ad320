// The reader of bench/retention.ts, in a worker thread of its own (its own event loop and connection, so
// the purge's JavaScript never delays it): until told to stop, it reads the table the purge deletes from
// as the app does — one row by id (a sample of ids, expired ones included) and the outbox worker's page of
// due emails — with a short pause between reads, and hands back every read's latency in milliseconds.
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";

const { url, ids, pauseMs } = workerData;
const client = new pg.Client({ connectionString: url });
await client.connect();
let running = true;
parentPort.on("message", (message) => {
  if (message === "stop") running = false;
});
parentPort.postMessage({ ready: true });

const latencies = [];
const timed = async (text, values) => {
  const started = performance.now();
  await client.query(text, values);
  latencies.push(performance.now() - started);
};
for (let i = 0; running; i++) {
  await timed('SELECT id, "toAddress", subject, status, "sentAt" FROM "OutboxEmail" WHERE id = $1', [
    ids[i % ids.length],
  ]);
  await timed(
    `SELECT id, "toAddress", attempts FROM "OutboxEmail" WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
     ORDER BY "nextAttemptAt" LIMIT 20`,
    [],
  );
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
}
await client.end();
parentPort.postMessage({ latencies });
