// Where Microsoft sign-in goes (SECURITY.md S7): the real Entra authority and issuer in production; the
// fake provider only through SSO_TEST_AUTHORITY, which production refuses unless the app itself runs on
// a loopback address (lib/config/env.ts).
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../config/env.ts";
import { buildAuthority } from "./authority.ts";

const TENANT = "6f1c2a4e-0b7d-4c55-9a10-3e2f8d9b7c61";
const PROD = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://article28:pw@127.0.0.1:5432/article28",
  AUTH_SECRET: randomBytes(48).toString("base64"),
  ENCRYPTION_KEYS: `1:${randomBytes(32).toString("base64")}`,
  CERTIFICATE_SIGNING_KEYS: `1:${generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")}`,
};

describe("SSO authority", () => {
  it("is login.microsoftonline.com for the tenant, with its v2.0 issuer, when no test authority is set", () => {
    expect(buildAuthority(TENANT, undefined)).toEqual({
      authority: `https://login.microsoftonline.com/${TENANT}`,
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    });
  });

  it("points MSAL at the fake provider's loopback endpoints under the https://login.test name in test mode", () => {
    const test = buildAuthority(TENANT, "http://127.0.0.1:45123");
    expect(test).toMatchObject({
      authority: `https://login.test/${TENANT}`,
      issuer: `https://login.test/${TENANT}/v2.0`,
      knownAuthorities: ["login.test"],
    });
    expect(JSON.parse(test.authorityMetadata!)).toEqual({
      issuer: `https://login.test/${TENANT}/v2.0`,
      authorization_endpoint: `http://127.0.0.1:45123/${TENANT}/oauth2/v2.0/authorize`,
      token_endpoint: `http://127.0.0.1:45123/${TENANT}/oauth2/v2.0/token`,
      jwks_uri: `http://127.0.0.1:45123/${TENANT}/discovery/v2.0/keys`,
      end_session_endpoint: `http://127.0.0.1:45123/${TENANT}/oauth2/v2.0/logout`,
    });
  });
});

describe("SSO_TEST_AUTHORITY configuration (S19)", () => {
  it("refuses it in production when APP_URL is a real address, naming the variable", () => {
    expect(() =>
      parseEnv({
        ...PROD,
        APP_URL: "https://trust.example.com",
        SSO_TEST_AUTHORITY: "http://127.0.0.1:45123",
      }),
    ).toThrow(EnvError);
    expect(() =>
      parseEnv({
        ...PROD,
        APP_URL: "https://trust.example.com",
        SSO_TEST_AUTHORITY: "http://127.0.0.1:45123",
      }),
    ).toThrow(/SSO_TEST_AUTHORITY/);
  });

  it("allows it in production only for a loopback test run (APP_URL on 127.0.0.1 or localhost)", () => {
    expect(
      parseEnv({ ...PROD, APP_URL: "http://127.0.0.1:3107", SSO_TEST_AUTHORITY: "http://127.0.0.1:45123" })
        .SSO_TEST_AUTHORITY,
    ).toBe("http://127.0.0.1:45123");
    expect(parseEnv({ ...PROD, APP_URL: "https://trust.example.com" }).SSO_TEST_AUTHORITY).toBeUndefined();
  });

  it.each([
    "https://login.test",
    "http://evil.example:45123",
    "http://127.0.0.1:45123/path",
    "http://10.0.0.1:45123",
    "http://127.0.0.1",
  ])("accepts only a loopback origin, not %s", (value) => {
    expect(() => parseEnv({ DATABASE_URL: PROD.DATABASE_URL, SSO_TEST_AUTHORITY: value })).toThrow(
      /SSO_TEST_AUTHORITY/,
    );
  });
});
