// TOTP storage and single use (SECURITY.md S4): the secret is sealed at rest, a code is accepted once
// (its time step is recorded atomically), parallel submits of one code give exactly one success.
import { describe, expect, it, vi } from "vitest";
import { db } from "../../db/client.ts";
import { fixedClock } from "../../time/clock.ts";
import { codeAt, enableTotp, signedIn } from "./mfa-test-kit.ts";
import { timeStepAt } from "./totp.ts";
import { consumeTotpCode, openTotpSecret } from "./totp-store.ts";
import { wholeDatabaseText } from "../../testing/database-text.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

describe("TOTP codes are single-use (S4)", () => {
  it("accepts a code once; the same code again is refused (replay)", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    const { secret } = await enableTotp(ctx);
    clock.advance(30_000);
    const code = await codeAt(secret, clock);

    expect(await consumeTotpCode(actor.userId, code, clock)).toBe(true);
    expect(await consumeTotpCode(actor.userId, code, clock)).toBe(false);
    clock.advance(10_000); // still inside the drift window of that code
    expect(await consumeTotpCode(actor.userId, code, clock)).toBe(false);
    const credential = await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } });
    expect(credential.totpLastTimeStep).toBe(timeStepAt(clock));
  });

  it("refuses the code that confirmed enrolment at the next sign-in (its step is recorded)", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    const { secret } = await enableTotp(ctx);
    expect(await consumeTotpCode(actor.userId, await codeAt(secret, clock), clock)).toBe(false);
  });

  it("after a code from one step ahead (drift), refuses the current step's code, accepts the next", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    const { secret } = await enableTotp(ctx);
    clock.advance(60_000);
    expect(await consumeTotpCode(actor.userId, await codeAt(secret, clock, 1), clock)).toBe(true);
    expect(await consumeTotpCode(actor.userId, await codeAt(secret, clock), clock)).toBe(false);
    clock.advance(60_000);
    expect(await consumeTotpCode(actor.userId, await codeAt(secret, clock), clock)).toBe(true);
  });

  it("gives exactly one success when the same code is submitted eight times in parallel", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    const { secret } = await enableTotp(ctx);
    for (let round = 0; round < 3; round++) {
      clock.advance(30_000);
      const code = await codeAt(secret, clock);
      const results = await Promise.all(
        Array.from({ length: 8 }, () => consumeTotpCode(actor.userId, code, clock)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it("refuses codes when TOTP is not enabled, and wrong codes", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    expect(await consumeTotpCode(actor.userId, "123456", clock)).toBe(false);
    const { secret } = await enableTotp(ctx);
    clock.advance(30_000);
    const code = await codeAt(secret, clock);
    expect(
      await consumeTotpCode(actor.userId, String((Number(code) + 1) % 1_000_000).padStart(6, "0"), clock),
    ).toBe(false);
    expect(await consumeTotpCode(actor.userId, code, clock)).toBe(true);
  });

  it("keeps the secret only sealed: no row of any table holds the base32 secret (S4)", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    const { secret } = await enableTotp(ctx);
    const credential = await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } });
    expect(credential.totpSecretEnc).not.toBeNull();
    expect(credential.totpPendingSecretEnc).toBeNull();
    expect(openTotpSecret(actor.userId, credential.totpSecretEnc!)).toBe(secret);
    const everything = await wholeDatabaseText();
    expect(everything).not.toContain(secret);
    expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(everything).not.toContain(secret.match(/.{4}/g)!.join(" "));
  });

  it("binds the sealed secret to its user: copied to another user it does not open (S4)", async () => {
    const clock = fixedClock("2026-11-23T09:00:05.000Z");
    const { actor, ctx } = await signedIn(clock);
    await enableTotp(ctx);
    const { totpSecretEnc } = await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } });
    expect(() => openTotpSecret("someone-else", totpSecretEnc!)).toThrow();
  });
});
