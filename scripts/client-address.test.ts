import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressHeaders } from "./client-address.ts";

const request = (headers: Record<string, string>) =>
  ({ headers: { ...headers }, socket: { remoteAddress: "198.51.100.7" } }) as unknown as IncomingMessage;

describe("client address (S2: spoofed X-Forwarded-For ignored unless a trusted proxy is configured)", () => {
  it("replaces a client-sent X-Forwarded-For and X-Request-Id with the socket's values", () => {
    const req = request({ "x-forwarded-for": "1.2.3.4", "x-request-id": "forged" });
    clientAddressHeaders(req, false);
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.7");
    expect(req.headers["x-request-id"]).not.toBe("forged");
  });

  it("keeps the proxy's headers when TRUST_PROXY is set", () => {
    const req = request({ "x-forwarded-for": "1.2.3.4", "x-request-id": "from-proxy" });
    clientAddressHeaders(req, true);
    expect(req.headers["x-forwarded-for"]).toBe("1.2.3.4");
    expect(req.headers["x-request-id"]).toBe("from-proxy");
  });
});
