import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressHeaders } from "./client-address.ts";

const SOCKET = "198.51.100.7";
const request = (headers: Record<string, string>) =>
  ({ headers: { ...headers }, socket: { remoteAddress: SOCKET } }) as unknown as IncomingMessage;

/** The client address the app reads for a request with these headers behind `hops` trusted proxies. */
function clientOf(headers: Record<string, string>, hops: number): string | undefined {
  const req = request(headers);
  clientAddressHeaders(req, hops);
  return req.headers["x-forwarded-for"] as string | undefined;
}

describe("client address (S2: spoofed X-Forwarded-For ignored unless a trusted proxy is configured)", () => {
  it("replaces a client-sent X-Forwarded-For and X-Request-Id with the socket's values", () => {
    const req = request({ "x-forwarded-for": "1.2.3.4", "x-request-id": "forged" });
    clientAddressHeaders(req, 0);
    expect(req.headers["x-forwarded-for"]).toBe(SOCKET);
    expect(req.headers["x-request-id"]).not.toBe("forged");
  });

  it("keeps the proxy's request id and takes the address its proxy added when TRUST_PROXY is set", () => {
    const req = request({ "x-forwarded-for": "1.2.3.4", "x-request-id": "from-proxy" });
    clientAddressHeaders(req, 1);
    expect(req.headers["x-forwarded-for"]).toBe("1.2.3.4");
    expect(req.headers["x-request-id"]).toBe("from-proxy");
  });

  it("behind one proxy that appends, the client cannot choose its address by sending X-Forwarded-For (S2)", () => {
    // The client sent "X-Forwarded-For: 203.0.113.50" (an address an allow-list lets in); the proxy
    // appended the address it saw, 192.0.2.99.
    expect(clientOf({ "x-forwarded-for": "203.0.113.50, 192.0.2.99" }, 1)).toBe("192.0.2.99");
    expect(clientOf({ "x-forwarded-for": "10.0.0.1,203.0.113.50 , 192.0.2.99" }, 1)).toBe("192.0.2.99");
  });

  it("takes the address the configured number of trusted hops from the right (S2)", () => {
    const chain = "203.0.113.50, 192.0.2.99, 10.1.1.1";
    expect(clientOf({ "x-forwarded-for": chain }, 1)).toBe("10.1.1.1");
    expect(clientOf({ "x-forwarded-for": chain }, 2)).toBe("192.0.2.99");
    expect(clientOf({ "x-forwarded-for": chain }, 3)).toBe("203.0.113.50");
    // More hops configured than the chain has: the furthest address it names.
    expect(clientOf({ "x-forwarded-for": "192.0.2.99" }, 2)).toBe("192.0.2.99");
  });

  it("falls back to the socket when a trusted proxy sent no usable X-Forwarded-For", () => {
    expect(clientOf({}, 1)).toBe(SOCKET);
    expect(clientOf({ "x-forwarded-for": " , " }, 1)).toBe(SOCKET);
  });
});
