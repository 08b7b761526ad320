// Configuration is validated at start; production refuses missing or weak secrets (SECURITY.md S19).
import { spawnSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseDatabaseEnv, parseEnv } from "./env.ts";

const DATABASE_URL = "postgresql://article28:pw@127.0.0.1:5432/article28";
const GOOD_SECRET = randomBytes(48).toString("base64");
const GOOD_KEYS = `1:${randomBytes(32).toString("base64")}`;
/** Production settings other than the one under test. */
const signingKey = () =>
  generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
const GOOD_SIGNING_KEYS = `2027-01:${signingKey()}`;
const PROD = {
  NODE_ENV: "production",
  ENCRYPTION_KEYS: GOOD_KEYS,
  CERTIFICATE_SIGNING_KEYS: GOOD_SIGNING_KEYS,
};

/** The EnvError parseEnv throws for `source`, or fails the test if it does not throw one. */
function envError(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  expect.fail(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe("environment validation (S19)", () => {
  describe("production secrets", () => {
    it("refuses to run in production without AUTH_SECRET and names the variable (S19)", () => {
      const error = envError({ ...PROD, DATABASE_URL });
      expect(error.message).toMatch(/AUTH_SECRET/);
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatch(/^AUTH_SECRET: .*required in production/);
    });

    it("treats an empty AUTH_SECRET (e.g. `AUTH_SECRET=` in a .env file) as missing (S19)", () => {
      expect(envError({ ...PROD, DATABASE_URL, AUTH_SECRET: "" }).issues[0]).toMatch(
        /^AUTH_SECRET: .*required/,
      );
    });

    it.each([
      ["a short secret", "x7Kq9!pL2z", /too short/],
      ["a known example value", "changeme", /published example value/],
      [
        "the built-in development secret",
        "article28-development-secret-do-not-use-in-production",
        /published example value/,
      ],
      ["one repeated character", "a".repeat(64), /too repetitive/],
      ["a short repeated pattern", "abcd".repeat(16), /too repetitive/],
    ])("refuses %s as AUTH_SECRET in production (S19)", (_label, secret, reason) => {
      const error = envError({ ...PROD, DATABASE_URL, AUTH_SECRET: secret });
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.every((issue) => issue.startsWith("AUTH_SECRET: "))).toBe(true);
      expect(error.issues.some((issue) => reason.test(issue))).toBe(true);
      // The error names the variable, never echoes the rejected value.
      expect(error.message).not.toContain(secret);
    });

    it("accepts a strong random AUTH_SECRET in production (S19)", () => {
      const env = parseEnv({ ...PROD, DATABASE_URL, AUTH_SECRET: GOOD_SECRET });
      expect(env.NODE_ENV).toBe("production");
      expect(env.AUTH_SECRET).toBe(GOOD_SECRET);
    });

    it("accepts a 32-character secret and refuses 31 characters (boundary) (S19)", () => {
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789";
      expect(
        parseEnv({ ...PROD, DATABASE_URL, AUTH_SECRET: alphabet.slice(0, 32) }).AUTH_SECRET,
      ).toHaveLength(32);
      expect(envError({ ...PROD, DATABASE_URL, AUTH_SECRET: alphabet.slice(0, 31) }).issues[0]).toMatch(
        /too short/,
      );
    });
  });

  describe("other variables", () => {
    it.each([
      ["missing", undefined],
      ["not a URL", "not a url"],
      ["another database", "mysql://root@127.0.0.1:3306/article28"],
      ["http", "http://127.0.0.1:5432/article28"],
    ])("names DATABASE_URL when it is %s (S19)", (_label, value) => {
      const error = envError({ ...PROD, AUTH_SECRET: GOOD_SECRET, DATABASE_URL: value });
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.every((issue) => issue.startsWith("DATABASE_URL: "))).toBe(true);
      expect(error.message).toMatch(/DATABASE_URL: .*postgresql:\/\//);
    });

    it("accepts postgres:// and postgresql:// URLs (S19)", () => {
      expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/a28" }).DATABASE_URL).toBe(
        "postgres://u:p@db:5432/a28",
      );
      expect(parseEnv({ DATABASE_URL }).DATABASE_URL).toBe(DATABASE_URL);
    });

    it("names every bad variable at once, not only the first (S19)", () => {
      const error = envError({
        NODE_ENV: "production",
        DATABASE_URL: "mysql://x",
        SMTP_URL: "http://mail",
        SESSION_IDLE_MINUTES_STAFF: "0",
      });
      const named = [...new Set(error.issues.map((issue) => issue.split(":")[0]))].sort();
      expect(named).toEqual([
        "AUTH_SECRET",
        "CERTIFICATE_SIGNING_KEYS",
        "DATABASE_URL",
        "ENCRYPTION_KEYS",
        "SESSION_IDLE_MINUTES_STAFF",
        "SMTP_URL",
      ]);
    });

    it("requires ENCRYPTION_KEYS in production, as version:base64 of 32 bytes, never the development key (S4, S19)", () => {
      const base = {
        NODE_ENV: "production",
        DATABASE_URL,
        AUTH_SECRET: GOOD_SECRET,
        CERTIFICATE_SIGNING_KEYS: GOOD_SIGNING_KEYS,
      };
      expect(envError(base).issues[0]).toMatch(/^ENCRYPTION_KEYS: .*required in production/);
      expect(envError({ ...base, ENCRYPTION_KEYS: "1:c2hvcnQ=" }).issues[0]).toMatch(/^ENCRYPTION_KEYS: /);
      const devKeys = parseEnv({ DATABASE_URL }).ENCRYPTION_KEYS;
      expect(envError({ ...base, ENCRYPTION_KEYS: devKeys }).issues[0]).toMatch(/development key/);
      const rotated = `2:${randomBytes(32).toString("base64")},${GOOD_KEYS}`;
      expect(parseEnv({ ...base, ENCRYPTION_KEYS: rotated }).ENCRYPTION_KEYS).toBe(rotated);
    });

    it("requires CERTIFICATE_SIGNING_KEYS in production: Ed25519, the first one private, never the development key (S19, ADR 0020)", () => {
      const base = {
        NODE_ENV: "production",
        DATABASE_URL,
        AUTH_SECRET: GOOD_SECRET,
        ENCRYPTION_KEYS: GOOD_KEYS,
      };
      expect(envError(base).issues).toEqual([
        expect.stringMatching(/^CERTIFICATE_SIGNING_KEYS: .*required in production/),
      ]);
      const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
        .privateKey.export({ type: "pkcs8", format: "der" })
        .toString("base64");
      const publicOnly = generateKeyPairSync("ed25519")
        .publicKey.export({ type: "spki", format: "der" })
        .toString("base64");
      for (const [value, reason] of [
        [`1:${rsa}`, /not an Ed25519 key/],
        [`1:${publicOnly}`, /first key signs/],
        [`bad id:${signingKey()}`, /key id/],
        [`1:${signingKey()}:yesterday`, /YYYY-MM-DD/],
        [`1:${signingKey()},1:${signingKey()}`, /same key id/],
        [parseEnv({ DATABASE_URL }).CERTIFICATE_SIGNING_KEYS, /development key/],
      ] as const) {
        const error = envError({ ...base, CERTIFICATE_SIGNING_KEYS: value });
        expect(error.issues).toEqual([expect.stringMatching(reason)]);
        expect(error.message).not.toContain(value.split(":")[1]);
      }
      // After a rotation: the new private key first, the old one kept as its public key, with since dates.
      const rotated = `2027-06:${signingKey()}:2027-06-01,${publicOnly.replace(/^/, "2027-01:")}:2027-01-10`;
      expect(parseEnv({ ...base, CERTIFICATE_SIGNING_KEYS: rotated }).CERTIFICATE_SIGNING_KEYS).toBe(rotated);
    });

    it("refuses an unknown NODE_ENV (S19)", () => {
      expect(envError({ NODE_ENV: "staging", DATABASE_URL }).message).toMatch(/NODE_ENV/);
    });
  });

  describe("development defaults", () => {
    it("runs in development with only DATABASE_URL, using safe defaults (S10, S19)", () => {
      const env = parseEnv({ DATABASE_URL });
      expect(env).toMatchObject({
        NODE_ENV: "development",
        APP_URL: "http://localhost:3000",
        SESSION_IDLE_MINUTES_CUSTOMER: 60,
        SESSION_ABSOLUTE_HOURS_CUSTOMER: 12,
        SESSION_IDLE_MINUTES_STAFF: 30,
        SESSION_ABSOLUTE_HOURS_STAFF: 8,
        JOBS_IN_APP: true,
        TRUST_PROXY: 0,
      });
      expect(env.AUTH_SECRET.length).toBeGreaterThan(0);
      expect(env.SMTP_URL).toBeUndefined();
    });

    it("the development default secret is never accepted in production (S19)", () => {
      const devSecret = parseEnv({ DATABASE_URL }).AUTH_SECRET;
      expect(envError({ ...PROD, DATABASE_URL, AUTH_SECRET: devSecret }).issues[0]).toMatch(/^AUTH_SECRET: /);
    });

    it("coerces numbers and flags from strings (S19)", () => {
      const env = parseEnv({
        DATABASE_URL,
        SESSION_IDLE_MINUTES_STAFF: "15",
        TRUST_PROXY: "1",
        JOBS_IN_APP: "false",
      });
      expect(env).toMatchObject({ SESSION_IDLE_MINUTES_STAFF: 15, TRUST_PROXY: 1, JOBS_IN_APP: false });
      expect(envError({ DATABASE_URL, TRUST_PROXY: "yes" }).message).toMatch(/TRUST_PROXY/);
    });

    it("TRUST_PROXY is the number of trusted proxies in front: true is one, false none (S2)", () => {
      const hops = (value: string) => parseEnv({ DATABASE_URL, TRUST_PROXY: value }).TRUST_PROXY;
      expect([hops("false"), hops("0"), hops("true"), hops("1"), hops("2"), hops("10")]).toEqual([
        0, 0, 1, 1, 2, 10,
      ]);
      for (const bad of ["-1", "1.5", "11", "two", "on"])
        expect(envError({ DATABASE_URL, TRUST_PROXY: bad }).message, bad).toMatch(/TRUST_PROXY/);
    });

    it("refuses a database pool size or embedded port that is not a number instead of using a default", () => {
      for (const bad of ["ten", "0", "2.5", "-3"])
        expect(envError({ DATABASE_URL, DATABASE_POOL_SIZE: bad }).message).toMatch(/DATABASE_POOL_SIZE/);
      expect(envError({ DATABASE_URL, EMBEDDED_POSTGRES_PORT: "80" }).message).toMatch(
        /EMBEDDED_POSTGRES_PORT/,
      );
      expect(() => parseDatabaseEnv({ DATABASE_POOL_SIZE: "lots" })).toThrow(/DATABASE_POOL_SIZE/);
      expect(parseDatabaseEnv({ DATABASE_POOL_SIZE: "25" })).toMatchObject({
        DATABASE_POOL_SIZE: 25,
        EMBEDDED_POSTGRES_PORT: 54329,
      });
      expect(parseDatabaseEnv({}).DATABASE_URL).toBeUndefined();
    });
  });

  it("`npm start` with AUTH_SECRET unset exits non-zero with an error naming AUTH_SECRET (S19)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const environment = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== "AUTH_SECRET" && name !== "NODE_ENV"),
    );
    environment.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    // The same command `npm start` runs; the configured database is never contacted before validation.
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/run.ts", "start"], {
      cwd: root,
      env: environment as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/AUTH_SECRET/);
    expect(result.stdout).not.toMatch(/ready on/);
  }, 40_000);
});
