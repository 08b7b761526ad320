// The session a request's cookie names (SECURITY.md S8, S9, S10): a session that still owes its second
// factor is told apart from no session at all (the sign-in steps need that), and a revoked one is gone.
import { describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { anonymousContext } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { sessionStateOf } from "./actor.ts";
import { sessionCookieName } from "./session-cookie-name.ts";
import { setSessionCookie } from "./session-cookie.ts";
import { createSession } from "./session-store.ts";

const request = {
  ip: "198.51.100.140",
  userAgent: "Mozilla/5.0 (session state test)",
  requestId: "req-state",
};

describe("the session state of a caller (S8, S10)", () => {
  it("is anonymous without a cookie, or with one that does not check out", async () => {
    const ctx = anonymousContext({ request });
    expect(await sessionStateOf(ctx)).toEqual({ status: "anonymous" });
    ctx.cookies.set(sessionCookieName(), "forged", {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: false,
      maxAge: 60,
    });
    expect(await sessionStateOf(ctx)).toEqual({ status: "anonymous" });
  });

  it("owes the challenge for a user with TOTP whose session has not passed it, then is active; revoked is anonymous", async () => {
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const user = await createUser();
    await db.credential.update({ where: { userId: user.id }, data: { totpEnabledAt: clock.now() } });
    const ctx = anonymousContext({ request, clock });

    const pending = await createSession(user.id, "CUSTOMER", request, clock, { mfaVerified: false });
    await setSessionCookie(ctx.cookies, user.id, pending.id);
    expect(await sessionStateOf(ctx)).toMatchObject({
      status: "mfa",
      step: "challenge",
      actor: { userId: user.id, sessionId: pending.id },
    });

    const verified = await createSession(user.id, "CUSTOMER", request, clock, { mfaVerified: true });
    await setSessionCookie(ctx.cookies, user.id, verified.id);
    expect(await sessionStateOf(ctx)).toMatchObject({ status: "active", actor: { sessionId: verified.id } });

    await db.session.update({ where: { id: verified.id }, data: { revokedAt: clock.now() } });
    expect(await sessionStateOf(ctx)).toEqual({ status: "anonymous" });
  });

  it("owes enrolment for staff without an authenticator", async () => {
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const staff = await createUser({ staffRoles: ["SUPPORT"] });
    const ctx = anonymousContext({ request, clock });
    const session = await createSession(staff.id, "STAFF", request, clock, { mfaVerified: false });
    await setSessionCookie(ctx.cookies, staff.id, session.id);
    expect(await sessionStateOf(ctx)).toMatchObject({ status: "mfa", step: "enrol" });
  });
});
