// TRACE, TRACK, CONNECT and methods nobody serves are answered by the serving process with 405 and the
// same security headers as every other response (S15), before they reach Next.js (which answered a TRACE
// with a 500 and no headers).
import { request as httpRequest, createServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  SUPPORTED_METHODS,
  refuseClientError,
  refuseTunnel,
  refuseUnsupportedMethod,
} from "./unsupported-method.ts";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that refuses unsupported methods and answers everything else with 200 "served". */
async function serve(): Promise<number> {
  server = createServer((req, res) => {
    if (refuseUnsupportedMethod(req, res, { production: true })) return;
    res.end("served");
  });
  server.on("connect", (_req, socket) => refuseTunnel(socket, { production: true }));
  server.on("clientError", (error, socket) => refuseClientError(error, socket, { production: true }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

function send(port: number, method: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method, path: "/any/path" }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("methods nobody serves (S15)", () => {
  it.each(["TRACE", "TRACK", "PROPFIND", "FOO"])("%s gets 405 with the security headers", async (method) => {
    const response = await send(await serve(), method);
    expect(response.status).toBe(405);
    expect(response.headers["allow"]).toBe(SUPPORTED_METHODS.join(", "));
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).not.toMatch(/trace|stack/i);
  });

  it("CONNECT (a tunnel, which Node.js hands over outside the request handler) gets 405 with the headers", async () => {
    const port = await serve();
    const response = await new Promise<{ status: number; headers: Record<string, unknown> }>(
      (resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, method: "CONNECT", path: "example.com:443" });
        req.on("connect", (res, socket) => {
          socket.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
        });
        req.on("error", reject);
        req.end();
      },
    );
    expect(response.status).toBe(405);
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("a request Node.js cannot parse at all gets 400 with the headers", async () => {
    const port = await serve();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost\r\n\r\n"));
      let data = "";
      socket.on("data", (chunk) => (data += chunk));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("X-Content-Type-Options: nosniff");
  });

  it.each(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("%s goes on to the app", async (method) => {
    expect((await send(await serve(), method)).status).toBe(200);
  });
});
