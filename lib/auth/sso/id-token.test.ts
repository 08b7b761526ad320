// Our own checks of the id token (SECURITY.md S7, S8): audience, issuer, tenant and nonce must all match
// the connection and the request; the identity is (tid, oid); the MFA claim is read from `amr`.
import { describe, expect, it } from "vitest";
import { checkIdTokenClaims, type ExpectedIdToken } from "./id-token.ts";

const TENANT = "6f1c2a4e-0b7d-4c55-9a10-3e2f8d9b7c61";
const CLIENT = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
const NOW = new Date("2026-11-23T09:00:00Z");
const expected: ExpectedIdToken = {
  clientId: CLIENT,
  tenantId: TENANT,
  issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  nonce: "n-123",
  now: NOW,
};
const at = NOW.getTime() / 1000;
const good = {
  aud: CLIENT,
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  tid: TENANT,
  oid: "A1B2C3D4-0000-4000-8000-000000000001",
  nonce: "n-123",
  iat: at,
  nbf: at,
  exp: at + 3600,
  name: " Ada Lovelace ",
  email: "Ada@Example.COM",
  preferred_username: "ada@tenant.onmicrosoft.com",
  amr: ["pwd", "mfa"],
};

describe("id token claims (S7)", () => {
  it("accepts a token for this client, issuer, tenant and nonce and returns the (tid, oid) identity", () => {
    expect(checkIdTokenClaims(good, expected)).toEqual({
      ok: true,
      identity: {
        tenantId: TENANT,
        objectId: "a1b2c3d4-0000-4000-8000-000000000001",
        email: "ada@example.com",
        name: "Ada Lovelace",
        mfa: true,
      },
    });
  });

  it.each([
    ["another audience", { aud: "11111111-1111-4111-8111-111111111111" }, "audience_mismatch"],
    ["several audiences", { aud: [CLIENT, "11111111-1111-4111-8111-111111111111"] }, "audience_mismatch"],
    [
      "another issuer",
      { iss: `https://login.microsoftonline.com/${"0".repeat(8)}-0000-4000-8000-000000000000/v2.0` },
      "issuer_mismatch",
    ],
    ["the v1 issuer", { iss: `https://sts.windows.net/${TENANT}/` }, "issuer_mismatch"],
    ["another tenant", { tid: "11111111-1111-4111-8111-111111111111" }, "tenant_mismatch"],
    ["another nonce", { nonce: "n-456" }, "nonce_mismatch"],
    ["no nonce", { nonce: undefined }, "nonce_mismatch"],
    ["an expired token", { exp: at - 301 }, "token_expired"],
    ["a token not yet valid", { nbf: at + 301 }, "token_expired"],
    ["no object id", { oid: undefined }, "malformed_token"],
    ["a non-string tenant", { tid: 42 }, "malformed_token"],
  ])("rejects %s", (_label, change, reason) => {
    expect(checkIdTokenClaims({ ...good, ...change }, expected)).toEqual({ ok: false, reason });
  });

  it("rejects something that is not a claims object", () => {
    expect(checkIdTokenClaims(null, expected)).toEqual({ ok: false, reason: "malformed_token" });
    expect(checkIdTokenClaims("eyJ...", expected)).toEqual({ ok: false, reason: "malformed_token" });
  });

  it("accepts a one-element audience array naming this client", () => {
    expect(checkIdTokenClaims({ ...good, aud: [CLIENT] }, expected).ok).toBe(true);
  });
});

describe("identity details", () => {
  it("falls back to a preferred_username that is an email, and to null when neither is one", () => {
    const upn = checkIdTokenClaims({ ...good, email: undefined }, expected);
    expect(upn.ok && upn.identity.email).toBe("ada@tenant.onmicrosoft.com");
    const none = checkIdTokenClaims({ ...good, email: "not an email", preferred_username: "ada" }, expected);
    expect(none.ok && none.identity.email).toBeNull();
  });

  it("reports MFA only when amr contains mfa (S8)", () => {
    for (const [amr, mfa] of [
      [["pwd", "mfa"], true],
      [["mfa"], true],
      [["pwd"], false],
      [["pwd", "rsa"], false],
      [undefined, false],
    ] as const) {
      const result = checkIdTokenClaims({ ...good, amr }, expected);
      expect(result.ok && result.identity.mfa).toBe(mfa);
    }
  });
});

describe("the display name from the name claim (S25)", () => {
  it("is made one line of plain text: the user cannot edit a tenant's claim, so it is cleaned, not refused (S25)", () => {
    const result = checkIdTokenClaims(
      { ...good, name: " Ada\n\nURGENT: verify at https://evil.example\u2028\u0085\u202Egnp.exe\u200B " },
      expected,
    );
    expect(result).toMatchObject({
      ok: true,
      identity: { name: "Ada URGENT: verify at https://evil.example gnp.exe" },
    });
  });

  it("is null when nothing printable is left (S25)", () => {
    expect(checkIdTokenClaims({ ...good, name: "\u202E\u200B\n" }, expected)).toMatchObject({
      ok: true,
      identity: { name: null },
    });
  });
});
