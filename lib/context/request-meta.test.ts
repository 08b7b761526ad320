import { describe, expect, it } from "vitest";
import { requestMetaFrom } from "./request-meta.ts";

const headers = (values: Record<string, string>) => new Headers(values);

describe("request metadata for audit", () => {
  it("takes the client address the serving process put first in X-Forwarded-For", () => {
    expect(
      requestMetaFrom(
        headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", "user-agent": "UA", "x-request-id": "r1" }),
      ),
    ).toEqual({
      ip: "203.0.113.9",
      userAgent: "UA",
      requestId: "r1",
    });
  });

  it("strips the IPv4-mapped IPv6 prefix and makes up a request id when none is given", () => {
    const meta = requestMetaFrom(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }));
    expect(meta.ip).toBe("127.0.0.1");
    expect(meta.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
