// Throttled secret checks under concurrent attempts (SECURITY.md S2): an attempt is counted before the
// password, code or backup code is checked, atomically, so N simultaneous wrong attempts get at most
// `limit` checks, however the requests interleave. The secret checks are counted by spies around the
// real functions.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser } from "../../prisma/factories.ts";
import { RULES } from "../security/throttle.ts";
import { anonymousContext } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { passMfaChallenge } from "./mfa/challenge.ts";
import { actorFor, contextOf, enableTotp, signedIn } from "./mfa/mfa-test-kit.ts";
import { signInWithPassword } from "./passwords/password-sign-in.ts";
import { reauthenticate } from "./sessions/reauth.ts";
import { createSession } from "./sessions/session-store.ts";

const checks = vi.hoisted(() => ({ password: 0, totp: 0, backupCode: 0 }));

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));
vi.mock("./passwords/password-hash.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./passwords/password-hash.ts")>();
  return {
    ...real,
    verifyPassword: (...args: Parameters<typeof real.verifyPassword>) => {
      checks.password++;
      return real.verifyPassword(...args);
    },
  };
});
vi.mock("./mfa/totp-store.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./mfa/totp-store.ts")>();
  return {
    ...real,
    consumeTotpCode: (...args: Parameters<typeof real.consumeTotpCode>) => {
      checks.totp++;
      return real.consumeTotpCode(...args);
    },
  };
});
vi.mock("./mfa/backup-codes.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./mfa/backup-codes.ts")>();
  return {
    ...real,
    consumeBackupCode: (...args: Parameters<typeof real.consumeBackupCode>) => {
      checks.backupCode++;
      return real.consumeBackupCode(...args);
    },
  };
});

const ATTEMPTS = 30;
const START = "2026-11-23T09:00:05.000Z";

/** Runs `attempt` ATTEMPTS times at once and waits for all of them, whatever each answers. */
async function simultaneously(attempt: (i: number) => Promise<unknown>): Promise<void> {
  await Promise.allSettled(Array.from({ length: ATTEMPTS }, (_, i) => attempt(i)));
}

beforeEach(() => {
  checks.password = checks.totp = checks.backupCode = 0;
});

describe("a throttled secret is checked at most `limit` times under concurrent attempts (S2)", () => {
  it("password sign-in: 30 simultaneous wrong passwords for one account get at most 10 checks (S2)", async () => {
    const user = await createUser();
    const ctx = anonymousContext({
      clock: fixedClock(START),
      request: { ip: "198.51.100.201", requestId: "req-race-sign-in" },
    });
    await simultaneously((i) => signInWithPassword(ctx, { email: user.email, password: `wrong-${i}` }));
    expect(checks.password).toBeGreaterThan(0);
    expect(checks.password).toBeLessThanOrEqual(RULES.signInAccountIp.limit);
    // The right password is refused now too, without being checked (S2).
    const before = checks.password;
    expect(await signInWithPassword(ctx, { email: user.email, password: user.password })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(checks.password).toBe(before);
  });

  it("sign-in challenge: 30 simultaneous wrong codes get at most 5 checks, backup codes too (S2)", async () => {
    const clock = fixedClock(START);
    const from = { ip: "198.51.100.202", userAgent: "race", requestId: "req-race-mfa" };
    const { user, ctx: first } = await signedIn(clock);
    await enableTotp(first);
    checks.totp = 0; // the enrolment's own check does not count
    clock.advance(60_000);
    const pending = async () => {
      const session = await createSession(user.id, "CUSTOMER", from, clock, { mfaVerified: false });
      return contextOf(await actorFor(user.id, session.id), clock, from);
    };
    const totp = await pending();
    await simultaneously(() => passMfaChallenge(totp, { method: "totp", code: "000000" }));
    expect(checks.totp).toBeGreaterThan(0);
    expect(checks.totp).toBeLessThanOrEqual(RULES.mfaUser.limit);

    const other = { ...from, ip: "198.51.100.203" }; // a fresh counter for the backup codes
    const session = await createSession(user.id, "CUSTOMER", other, clock, { mfaVerified: false });
    const backup = contextOf(await actorFor(user.id, session.id), clock, other);
    await simultaneously((i) =>
      passMfaChallenge(backup, { method: "backup_code", code: `wrong-${String(i).padStart(4, "0")}` }),
    );
    expect(checks.backupCode).toBeGreaterThan(0);
    expect(checks.backupCode).toBeLessThanOrEqual(RULES.mfaUser.limit);
  });

  it("re-authentication: 30 simultaneous wrong passwords get at most 10 checks, codes at most 5 (S2)", async () => {
    const clock = fixedClock(START);
    const { ctx: first } = await signedIn(clock);
    const byPassword = { ...first, request: { ...first.request, ip: "198.51.100.204" } };
    await simultaneously((i) => reauthenticate(byPassword, { password: `wrong-${i}` }));
    expect(checks.password).toBeGreaterThan(0);
    expect(checks.password).toBeLessThanOrEqual(RULES.signInAccountIp.limit);

    const { ctx } = await enableTotp(first);
    const byCode = { ...ctx, request: { ...ctx.request, ip: "198.51.100.205" } };
    checks.totp = 0;
    await simultaneously(() => reauthenticate(byCode, { code: "000000" }));
    expect(checks.totp).toBeGreaterThan(0);
    expect(checks.totp).toBeLessThanOrEqual(RULES.mfaUser.limit);
  });
});
