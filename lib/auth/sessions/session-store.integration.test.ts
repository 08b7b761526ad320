// Server-side sessions (SECURITY.md S10): idle and absolute timeouts, immediate revocation, disabled
// accounts; time is moved with a fixed clock, the session rows are real.
import { describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import type { SessionKind } from "../../generated/prisma/enums.ts";
import { fixedClock } from "../../time/clock.ts";
import { createSession, revokeSession, sessionLimits, validateSession } from "./session-store.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const request = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (session test)", requestId: "req-session" };

async function newSession(kind: SessionKind, start = "2026-11-23T08:00:00.000Z") {
  const user = await createUser(kind === "STAFF" ? { staffRoles: ["SUPPORT"] } : {});
  const clock = fixedClock(start);
  const session = await createSession(user.id, kind, request, clock);
  return { user, clock, session };
}

const LIMITS = [
  { kind: "CUSTOMER" as const, idle: 60 * MINUTE, absolute: 12 * HOUR },
  { kind: "STAFF" as const, idle: 30 * MINUTE, absolute: 8 * HOUR },
];

describe("server-side sessions (S10)", () => {
  it("uses the default limits: customer 60 min idle / 12 h absolute, staff 30 min / 8 h (S10)", () => {
    expect(sessionLimits("CUSTOMER")).toEqual({ idleMs: 60 * MINUTE, absoluteMs: 12 * HOUR });
    expect(sessionLimits("STAFF")).toEqual({ idleMs: 30 * MINUTE, absoluteMs: 8 * HOUR });
  });

  it("stores the session row with who, where, kind and the absolute expiry (S10)", async () => {
    const { user, session } = await newSession("CUSTOMER");
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row).toMatchObject({
      userId: user.id,
      kind: "CUSTOMER",
      ip: request.ip,
      userAgent: request.userAgent,
      revokedAt: null,
      createdAt: new Date("2026-11-23T08:00:00.000Z"),
      lastSeenAt: new Date("2026-11-23T08:00:00.000Z"),
      expiresAt: new Date("2026-11-23T20:00:00.000Z"),
    });
    expect(session.expiresAt).toEqual(row.expiresAt);
  });

  describe.each(LIMITS)("$kind session", ({ kind, idle, absolute }) => {
    it(`is valid until ${idle / MINUTE} idle minutes and invalid from then on (S10)`, async () => {
      const { user, clock, session } = await newSession(kind);
      clock.advance(idle - 1);
      expect(await validateSession(session.id, clock)).toMatchObject({
        id: session.id,
        userId: user.id,
        kind,
      });

      const { clock: idleClock, session: idleSession } = await newSession(kind);
      idleClock.advance(idle);
      expect(await validateSession(idleSession.id, idleClock)).toBeNull();
      // It does not come back: an idle-expired session stays invalid.
      idleClock.advance(MINUTE);
      expect(await validateSession(idleSession.id, idleClock)).toBeNull();
    });

    it("activity pushes the idle deadline: lastSeenAt is written and measured from (S10)", async () => {
      const { clock, session } = await newSession(kind);
      clock.advance(idle - MINUTE);
      expect(await validateSession(session.id, clock)).not.toBeNull();
      const seen = await db.session.findUniqueOrThrow({
        where: { id: session.id },
        select: { lastSeenAt: true },
      });
      expect(seen.lastSeenAt).toEqual(clock.now());

      clock.advance(idle - 1); // idle - 1 ms after the last activity, 2 x idle after sign-in
      expect(await validateSession(session.id, clock)).not.toBeNull();
      clock.advance(idle); // a full idle period without activity
      expect(await validateSession(session.id, clock)).toBeNull();
    });

    it(`ends ${absolute / HOUR} h after sign-in even when continuously active (S10)`, async () => {
      const { clock, session } = await newSession(kind);
      const step = idle / 2;
      // Active every half idle period, right up to the absolute limit.
      while (clock.now().getTime() + step < new Date("2026-11-23T08:00:00.000Z").getTime() + absolute) {
        clock.advance(step);
        expect(await validateSession(session.id, clock), `at ${clock.now().toISOString()}`).not.toBeNull();
      }
      clock.set(new Date(new Date("2026-11-23T08:00:00.000Z").getTime() + absolute - 1));
      expect(await validateSession(session.id, clock)).not.toBeNull();
      clock.advance(1);
      expect(await validateSession(session.id, clock)).toBeNull();
    });
  });

  it("revocation takes effect at once and is recorded with its reason (S10)", async () => {
    const { clock, session } = await newSession("CUSTOMER");
    expect(await validateSession(session.id, clock)).not.toBeNull();

    expect(await revokeSession(session.id, "user_signed_out_everywhere", clock)).toBe(true);
    expect(await validateSession(session.id, clock)).toBeNull();
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row).toMatchObject({ revokedAt: clock.now(), revokedReason: "user_signed_out_everywhere" });

    // Revoking again changes nothing (the first reason and time stay).
    clock.advance(MINUTE);
    expect(await revokeSession(session.id, "second", clock)).toBe(false);
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      revokedAt: row.revokedAt,
      revokedReason: "user_signed_out_everywhere",
    });
  });

  it("revoking one session leaves the user's other sessions valid (S10)", async () => {
    const { user, clock, session } = await newSession("CUSTOMER");
    const other = await createSession(user.id, "CUSTOMER", request, clock);
    await revokeSession(session.id, "sign_out", clock);
    expect(await validateSession(session.id, clock)).toBeNull();
    expect(await validateSession(other.id, clock)).toMatchObject({
      id: other.id,
      userId: user.id,
      kind: "CUSTOMER",
    });
  });

  it("a disabled user's sessions are invalid at once (S10)", async () => {
    const { user, clock, session } = await newSession("STAFF");
    expect(await validateSession(session.id, clock)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: clock.now() } });
    expect(await validateSession(session.id, clock)).toBeNull();
  });

  it("an unknown session id is invalid (S10)", async () => {
    expect(await validateSession("c_does_not_exist", fixedClock("2026-11-23T08:00:00.000Z"))).toBeNull();
  });
});
