// Route handlers on a plain Node server, for integration tests and benches (no Next.js there): each request
// becomes a web Request (the client address set from the socket, as scripts/run.ts does when no proxy is
// trusted), goes to the first route whose method and path match, and its Response is written back. A
// route's path is a regular expression; its named groups are the handler's params, as Next.js passes a
// dynamic segment (`{ params: Promise<P> }`), so an app route's exported handler can be served unchanged.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddressHeaders } from "../../scripts/client-address.ts";

type Params = Record<string, string>;

export type ServedRoute = {
  method: string;
  path: RegExp;
  handler: (request: Request, segment: { params: Promise<Params> }) => Promise<Response>;
};

export type RouteServer = { url: string; port: number; close(): Promise<void> };

export async function startRouteServer(
  routes: readonly ServedRoute[],
  options: { port?: number } = {},
): Promise<RouteServer> {
  const server: Server = createServer(async (req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    let params: Params | null = null;
    const route = routes.find((candidate) => {
      if (candidate.method !== req.method) return false;
      const match = candidate.path.exec(pathname);
      if (!match) return false;
      params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value ?? "")]),
      );
      return true;
    });
    if (!route || !params) {
      res.writeHead(404).end();
      return;
    }
    try {
      clientAddressHeaders(req, 0);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string") headers.set(name, value);
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url}`, {
        method: req.method,
        headers,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      });
      const response = await route.handler(request, { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error("[route-server]", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
