// The webhook destination guard (S28, server-side request forgery): production sends only to https
// URLs whose host is public; development and tests may use local receivers.
import { describe, expect, it } from "vitest";
import { checkUrlShape, checkWebhookUrl, guardedLookup, isPublicAddress } from "./outbound-address.ts";

const production = { allowPrivate: false };
const local = { allowPrivate: true };

describe("webhook destinations (S28)", () => {
  it("only public unicast addresses are public", () => {
    for (const address of ["8.8.8.8", "2001:4860:4860::8888", "1.1.1.1"])
      expect(isPublicAddress(address)).toBe(true);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "fd00::1",
      "fe80::1",
      "64:ff9b::a00:1",
      "2002:a00:1::",
      "224.0.0.1",
      "not an address",
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it("production refuses http, credentials and private address literals", () => {
    expect(checkUrlShape("https://hooks.example.com/a28", production).ok).toBe(true);
    expect(checkUrlShape("http://hooks.example.com/a28", production)).toEqual({
      ok: false,
      reason: "not_https",
    });
    expect(checkUrlShape("https://user:pw@hooks.example.com/", production).ok).toBe(false);
    expect(checkUrlShape("https://hooks.example.com/\nX: y", production).ok).toBe(false);
    for (const url of [
      "https://127.0.0.1/",
      "https://[::1]/",
      "https://169.254.169.254/latest",
      "https://10.0.0.5:8443/",
    ])
      expect(checkUrlShape(url, production), url).toEqual({ ok: false, reason: "private_address" });
  });

  it("development and tests allow local receivers over http", () => {
    expect(checkUrlShape("http://127.0.0.1:4000/hook", local).ok).toBe(true);
    expect(checkUrlShape("ftp://127.0.0.1/", local).ok).toBe(false);
  });

  it("production refuses a name that resolves to loopback, at registration and at connection", async () => {
    expect(await checkWebhookUrl("https://localhost/hook", production)).toEqual({
      ok: false,
      reason: "private_address",
    });
    const refused = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup(production)("localhost", {}, (error) => resolve(error)),
    );
    expect(refused?.code).toBe("EPRIVATEADDRESS");
    const allowed = await new Promise<string | null>((resolve) =>
      guardedLookup(local)("localhost", {}, (error, address) => resolve(error ? null : String(address))),
    );
    expect(allowed).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});
