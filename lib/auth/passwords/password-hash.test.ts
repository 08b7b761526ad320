// Password hashing (SECURITY.md S1): argon2id with at least m=19456 KiB, t=2, p=1; long unicode
// passwords are neither truncated nor mangled.
import argon2 from "argon2";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hashPassword,
  needsRehash,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  verifyPassword,
} from "./password-hash.ts";

/** Splits an argon2 PHC string, e.g. $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash> (parameters in any order). */
function parsePhc(phc: string) {
  const match =
    /^\$(argon2(?:id|i|d))\$v=(\d+)\$([a-z]=\d+(?:,[a-z]=\d+)*)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
      phc,
    );
  if (!match) throw new Error(`not an argon2 PHC string: ${phc}`);
  const [, algorithm, version, params, salt, hash] = match;
  const p = Object.fromEntries(params!.split(",").map((kv) => [kv.split("=")[0]!, Number(kv.split("=")[1])]));
  expect(Object.keys(p).sort()).toEqual(["m", "p", "t"]);
  return { algorithm, version: Number(version), m: p.m!, t: p.t!, p: p.p!, salt: salt!, hash: hash! };
}

const ARGON_TIMEOUT = 60_000;

describe("password hashing (S1)", () => {
  it("stores argon2id v1.3 with m >= 19456 KiB, t >= 2, p = 1 and a 16-byte+ random salt (S1)", async () => {
    const phc = parsePhc(await hashPassword("correct horse battery staple"));
    expect(phc.algorithm).toBe("argon2id");
    expect(phc.version).toBe(19);
    expect(phc.m).toBeGreaterThanOrEqual(19456);
    expect(phc.t).toBeGreaterThanOrEqual(2);
    expect(phc.p).toBe(1);
    expect(Buffer.from(phc.salt, "base64").length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(phc.hash, "base64").length).toBeGreaterThanOrEqual(32);
  });

  it("salts every hash: the same password hashes differently twice, and both verify (S1)", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(parsePhc(a).salt).not.toBe(parsePhc(b).salt);
    expect(await verifyPassword(a, "same password")).toBe(true);
    expect(await verifyPassword(b, "same password")).toBe(true);
  });

  it(
    "verify(hash(p), p) holds and verify(hash(p), q) fails for arbitrary unicode, including > 72 bytes (S1)",
    async () => {
      const short = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });
      const long = fc.string({ unit: "binary", minLength: 73, maxLength: PASSWORD_MAX_LENGTH });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(short, long),
          fc.string({ unit: "binary", minLength: 1, maxLength: 8 }),
          async (password, suffix) => {
            const hash = await hashPassword(password);
            expect(await verifyPassword(hash, password)).toBe(true);
            // Appending anything gives a different password, whatever its length.
            expect(await verifyPassword(hash, password + suffix)).toBe(false);
          },
        ),
        { numRuns: 8 },
      );
    },
    ARGON_TIMEOUT,
  );

  it(
    "does not truncate: passwords equal in their first 72+ bytes but differing later do not verify (S1)",
    async () => {
      const asciiPrefix = "a".repeat(72);
      const ascii = await hashPassword(`${asciiPrefix}X`);
      expect(await verifyPassword(ascii, `${asciiPrefix}X`)).toBe(true);
      expect(await verifyPassword(ascii, `${asciiPrefix}Y`)).toBe(false);
      expect(await verifyPassword(ascii, asciiPrefix)).toBe(false);

      // Multi-byte: 40 x "é" (2 bytes) + 10 x "🔐" (4 bytes) = 120 bytes before the difference.
      const unicodePrefix = "é".repeat(40) + "🔐".repeat(10);
      expect(Buffer.byteLength(unicodePrefix)).toBe(120);
      const unicode = await hashPassword(`${unicodePrefix}1`);
      expect(await verifyPassword(unicode, `${unicodePrefix}1`)).toBe(true);
      expect(await verifyPassword(unicode, `${unicodePrefix}2`)).toBe(false);
    },
    ARGON_TIMEOUT,
  );

  it("verifies the same password typed in another Unicode normalization form (NFC vs NFD) (S1)", async () => {
    const nfc = "Passwört-Ångström".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(await verifyPassword(await hashPassword(nfc), nfd)).toBe(true);
  });

  it("rejects a wrong password, an empty password and a malformed hash without throwing (S1)", async () => {
    const hash = await hashPassword("the right password");
    expect(await verifyPassword(hash, "the wrong password")).toBe(false);
    expect(await verifyPassword(hash, "The right password")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
    expect(await verifyPassword("not-a-hash", "the right password")).toBe(false);
  });

  it("asks for a rehash of hashes weaker than the current parameters only (S1)", async () => {
    expect(needsRehash(await hashPassword("fresh password"))).toBe(false);
    const weak = await argon2.hash("old password", {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    expect(parsePhc(weak).m).toBe(4096);
    expect(needsRehash(weak)).toBe(true);
    expect(await verifyPassword(weak, "old password")).toBe(true);
  });

  it("allows passwords of 8 characters and of at least 64 characters (S1)", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
  });
});
