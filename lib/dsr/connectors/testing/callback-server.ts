// The callback route on a plain Node server, for integration tests and the bench (no Next.js there):
// POST /api/connectors/tasks/<id>/callback goes through the same handler as the app's route.
import { createServer, type Server } from "node:http";
import { systemClock, type Clock } from "../../../time/clock.ts";
import { callbackResponse } from "../callback-response.ts";

export type CallbackServer = { close(): Promise<void> };

export async function startCallbackServer(port: number, clock: Clock = systemClock): Promise<CallbackServer> {
  const server: Server = createServer(async (req, res) => {
    const match = /^\/api\/connectors\/tasks\/([^/]+)\/callback$/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: "POST",
      headers,
      body: Buffer.concat(chunks),
    });
    const response = await callbackResponse(request, decodeURIComponent(match[1]!), {
      clock,
      request: {
        ip: req.socket.remoteAddress ?? null,
        userAgent: req.headers["user-agent"] ?? null,
        requestId: null,
      },
    });
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
