// The reference connector as a process: `npm run dev` starts it beside the app (scripts/run.ts); on its own:
//   DATABASE_URL=postgresql://… npx tsx connectors/demo-product/server.ts
// DEMO_CONNECTOR_PORT (default 3100) and DEMO_CONNECTOR_HOST (default 127.0.0.1) say where it listens.
import { startDemoConnector } from "./src/connector.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const port = Number(process.env.DEMO_CONNECTOR_PORT ?? 3100);
const connector = await startDemoConnector({
  databaseUrl,
  port,
  host: process.env.DEMO_CONNECTOR_HOST ?? "127.0.0.1",
});
console.log(`[demo-product] reference connector listening on ${connector.url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await connector.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
