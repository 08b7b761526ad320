// The app side of bench/dsr.ts in a process of its own, as the app server is in production: the real
// route handlers of `POST /api/v1/dsr` and `GET` (app/api/v1/dsr/route.ts; the bench warms up with GET) and of the connectors' callback
// (app/api/connectors/tasks/[id]/callback) on a plain Node server (lib/testing/route-server.ts, no
// Next.js), plus `GET /bench/baseline`, a handler that answers at once through the same adapter (what HTTP
// and the adapter alone cost). Tells the parent its address over IPC, and on "timings" how long the
// handlers took inside this process (beside what the clients measured).
import { performance } from "node:perf_hooks";
import { callbackRoute } from "../lib/dsr/connectors/testing/callback-server.ts";
import { startRouteServer, type ServedRoute } from "../lib/testing/route-server.ts";
import { GET as listDsr, POST as fileDsr } from "../app/api/v1/dsr/route.ts";

const timings = new Map<string, number[]>();

function timed(name: string, route: ServedRoute): ServedRoute {
  const list: number[] = [];
  timings.set(name, list);
  return {
    ...route,
    handler: async (request, segment) => {
      const started = performance.now();
      try {
        return await route.handler(request, segment);
      } finally {
        list.push(performance.now() - started);
      }
    },
  };
}

const server = await startRouteServer(
  [
    timed("POST /api/v1/dsr", { method: "POST", path: /^\/api\/v1\/dsr$/, handler: fileDsr }),
    timed("POST /api/connectors/tasks/<id>/callback", callbackRoute()),
    { method: "GET", path: /^\/api\/v1\/dsr$/, handler: listDsr },
    {
      method: "GET",
      path: /^\/bench\/baseline$/,
      handler: async () => Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } }),
    },
  ],
  { port: Number(process.env.BENCH_APP_PORT ?? 0) },
);
process.send?.({ type: "ready", url: server.url });
process.on("message", (message: { type: string }) => {
  if (message.type === "timings") process.send?.({ type: "timings", timings: [...timings] });
  if (message.type === "close") void server.close().then(() => process.exit(0));
});
