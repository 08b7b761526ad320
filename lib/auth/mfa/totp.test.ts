// TOTP helpers (SECURITY.md S4): RFC 6238 codes, one step of drift at most, replay cut-off by time step.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../time/clock.ts";
import {
  formatManualKey,
  matchTotpCode,
  newTotpSecret,
  normalizeTotpCode,
  timeStepAt,
  totpUri,
} from "./totp.ts";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890" (SHA-1), in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const START = "2026-11-23T09:00:10.000Z"; // 10 s into a 30 s step

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

describe("TOTP secret and URI (S4)", () => {
  it("makes a 160-bit base32 secret from the CSPRNG, different every time", () => {
    const secrets = new Set(Array.from({ length: 50 }, newTotpSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it("builds the otpauth URI with issuer, account and secret", () => {
    const uri = new URL(
      totpUri({ secret: RFC_SECRET, issuer: "Northwind Analytics", accountName: "ada@example.test" }),
    );
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Northwind Analytics:ada@example.test");
    expect(uri.searchParams.get("secret")).toBe(RFC_SECRET);
    expect(uri.searchParams.get("issuer")).toBe("Northwind Analytics");
  });

  it("groups the manual key in fours", () => {
    expect(formatManualKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });

  it("accepts six digits with spaces or dashes and nothing else", () => {
    expect(normalizeTotpCode(" 123 456 ")).toBe("123456");
    expect(normalizeTotpCode("123-456")).toBe("123456");
    expect(normalizeTotpCode("12345")).toBeNull();
    expect(normalizeTotpCode("1234567")).toBeNull();
    expect(normalizeTotpCode("12a456")).toBeNull();
  });
});

describe("matchTotpCode (S4)", () => {
  it("matches the RFC 6238 test vector (T = 59 s -> 287082, time step 1)", async () => {
    const clock = fixedClock(new Date(59_000));
    expect(await matchTotpCode(RFC_SECRET, "287082", { clock })).toBe(1);
  });

  it("returns the time step of the current code", async () => {
    const clock = fixedClock(START);
    const secret = newTotpSecret();
    expect(await matchTotpCode(secret, await codeAt(secret, clock.now()), { clock })).toBe(timeStepAt(clock));
  });

  it("allows one step of drift either way and no more", async () => {
    const clock = fixedClock(START);
    const secret = newTotpSecret();
    const step = timeStepAt(clock);
    const at = (steps: number) => new Date(clock.now().getTime() + steps * 30_000);
    expect(await matchTotpCode(secret, await codeAt(secret, at(-1)), { clock })).toBe(step - 1);
    expect(await matchTotpCode(secret, await codeAt(secret, at(1)), { clock })).toBe(step + 1);
    expect(await matchTotpCode(secret, await codeAt(secret, at(-2)), { clock })).toBeNull();
    expect(await matchTotpCode(secret, await codeAt(secret, at(2)), { clock })).toBeNull();
  });

  it("refuses a code whose time step is not later than the last accepted one (replay)", async () => {
    const clock = fixedClock(START);
    const secret = newTotpSecret();
    const step = timeStepAt(clock);
    const code = await codeAt(secret, clock.now());
    expect(await matchTotpCode(secret, code, { clock, afterTimeStep: step })).toBeNull();
    expect(await matchTotpCode(secret, code, { clock, afterTimeStep: step - 1 })).toBe(step);
    // A step recorded in the future (the app ran ahead) refuses rather than throws.
    expect(await matchTotpCode(secret, code, { clock, afterTimeStep: step + 5 })).toBeNull();
  });

  it("refuses a wrong code, another secret's code and input that is not a code", async () => {
    const clock = fixedClock(START);
    const secret = newTotpSecret();
    const code = await codeAt(secret, clock.now());
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(await matchTotpCode(secret, wrong, { clock })).toBeNull();
    expect(await matchTotpCode(newTotpSecret(), code, { clock })).toBeNull();
    expect(await matchTotpCode(secret, "", { clock })).toBeNull();
    expect(await matchTotpCode(secret, "abcdef", { clock })).toBeNull();
  });
});
