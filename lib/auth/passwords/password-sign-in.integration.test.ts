// Email + password sign-in and sign-out (SECURITY.md S1, S10, S17): every outcome is audited with
// who/what/when/where/tenant/request id in the right chain, and the password never reaches the database.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { verifyAllChains } from "../../audit/verify.ts";
import { db } from "../../db/client.ts";
import type { RequestMeta } from "../../context/context.ts";
import { anonymousContext } from "../../testing/context.ts";
import { wholeDatabaseText } from "../../testing/database-text.ts";
import { refusalsCounted } from "../../testing/refusals.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { sessionCookieName } from "../sessions/session-cookie-name.ts";
import { setSessionCookie } from "../sessions/session-cookie.ts";
import { validateSession } from "../sessions/session-store.ts";
import { signInWithPassword, signOut } from "./password-sign-in.ts";

const request = { ip: "203.0.113.42", userAgent: "Mozilla/5.0 (sign-in test)", requestId: "req-sign-in-1" };

/** An anonymous caller from `from`, at `clock`'s time (the system clock by default). */
const caller = (from: RequestMeta, clock?: Clock) => anonymousContext({ request: from, clock });

async function auditRows(where: { action?: string; chain?: string; actorUserId?: string | null } = {}) {
  return db.auditEvent.findMany({ where, orderBy: [{ chain: "asc" }, { seq: "asc" }] });
}

describe("password sign-in (S1, S10, S17)", () => {
  it("succeeds with the right password: creates a Session row and one audit event in the organisation's chain (S10, S17)", async () => {
    const org = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const from = { ...request, ip: "203.0.113.60" }; // this test's own throttle subject, on its own clock

    const result = await signInWithPassword(caller(from, clock), {
      email: user.email,
      password: user.password,
    });
    expect(result).toEqual({ ok: true, userId: user.id, sessionId: expect.any(String), next: "none" });
    if (!result.ok) return;

    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({
      userId: user.id,
      kind: "CUSTOMER",
      ip: from.ip,
      userAgent: from.userAgent,
      revokedAt: null,
    });
    expect(await validateSession(result.sessionId, clock)).toMatchObject({
      id: result.sessionId,
      userId: user.id,
      kind: "CUSTOMER",
      method: "PASSWORD",
    });

    const events = await auditRows({ actorUserId: user.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      chain: `org:${org.id}`,
      organizationId: org.id,
      action: "auth.sign_in.succeeded",
      actorUserId: user.id,
      actorLabel: user.email,
      targetType: "Session",
      targetId: result.sessionId,
      ip: from.ip,
      userAgent: from.userAgent,
      requestId: from.requestId,
      createdAt: clock.now(),
      metadata: { method: "PASSWORD", kind: "CUSTOMER", mfa: "not_required" },
    });
    expect(await db.auditEvent.count({ where: { chain: "provider", actorUserId: user.id } })).toBe(0);
  });

  it("accepts the email in any case and with surrounding spaces (S1)", async () => {
    const user = await createUser({ email: "Mixed.Case@Example.test" });
    const result = await signInWithPassword(caller(request), {
      email: "  MIXED.case@example.TEST ",
      password: user.password,
    });
    expect(result).toMatchObject({ ok: true, userId: user.id });
  });

  it("audits a member of two organisations into both chains (S17)", async () => {
    const [a, b] = [await createOrganization(), await createOrganization()];
    const user = await createUser({
      memberships: [
        { organizationId: a.id, role: "OWNER" },
        { organizationId: b.id, role: "AUDITOR" },
      ],
    });
    expect(
      await signInWithPassword(caller(request), { email: user.email, password: user.password }),
    ).toMatchObject({
      ok: true,
    });
    const chains = (await auditRows({ actorUserId: user.id, action: "auth.sign_in.succeeded" }))
      .map((e) => e.chain)
      .sort();
    expect(chains).toEqual([`org:${a.id}`, `org:${b.id}`].sort());
  });

  it("audits a staff sign-in into the provider chain with a STAFF session (S10, S17)", async () => {
    const user = await createUser({ staffRoles: ["SECURITY"] });
    const result = await signInWithPassword(caller(request), { email: user.email, password: user.password });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      await db.session.findUniqueOrThrow({ where: { id: result.sessionId }, select: { kind: true } }),
    ).toEqual({ kind: "STAFF" });
    const events = await auditRows({ actorUserId: user.id });
    expect(events.map((e) => [e.chain, e.action, e.metadata])).toEqual([
      ["provider", "auth.sign_in.succeeded", { method: "PASSWORD", kind: "STAFF", mfa: "pending_enrol" }],
    ]);
  });

  it("fails with a wrong password, creates no session and audits the failure with its reason (S17)", async () => {
    const org = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const clock = fixedClock("2026-11-23T09:05:00.000Z");
    const from = { ...request, ip: "203.0.113.61" }; // this test's own throttle subject, on its own clock

    expect(
      await signInWithPassword(caller(from, clock), { email: user.email, password: `${user.password}x` }),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const events = await auditRows({ actorUserId: user.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      chain: `org:${org.id}`,
      action: "auth.sign_in.failed",
      actorUserId: user.id,
      actorLabel: user.email,
      ip: from.ip,
      userAgent: from.userAgent,
      requestId: from.requestId,
      createdAt: clock.now(),
      metadata: { reason: "wrong_password", email: user.email },
    });
  });

  it("fails for an unknown email and audits it in the provider chain (S17)", async () => {
    const email = "nobody-here@example.test";
    expect(await signInWithPassword(caller(request), { email, password: "whatever-password" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const events = await auditRows({ action: "auth.sign_in.failed", actorUserId: null });
    const mine = events.filter((e) => e.actorLabel === email);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      chain: "provider",
      organizationId: null,
      ip: request.ip,
      requestId: request.requestId,
      metadata: { reason: "unknown_email", email },
    });
  });

  it("refuses a disabled account even with the right password, and says why in the audit log (S10, S17)", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithPassword(caller(request), { email: user.email, password: user.password })).toEqual(
      {
        ok: false,
        reason: "invalid",
      },
    );
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await auditRows({ actorUserId: user.id })).map((e) => e.metadata)).toEqual([
      { reason: "account_disabled", email: user.email },
    ]);
  });

  it("audits malformed input without storing what was typed (S17)", async () => {
    // A password typed into the email field must not end up in the log.
    const canary = "Canary-typed-in-wrong-field-91f2";
    const from = { ...request, ip: "203.0.113.63" }; // its own address: refusals are counted per subject (S24)
    const clock = fixedClock("2026-11-23T09:10:00.000Z");
    expect(await signInWithPassword(caller(from, clock), { email: canary, password: "irrelevant" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await signInWithPassword(caller(from, clock), {
        email: "x@example.test",
        password: "p",
        extra: canary,
      }),
    ).toEqual({ ok: false, reason: "invalid" });
    const events = (await auditRows({ action: "auth.sign_in.failed" })).filter((e) => e.ip === from.ip);
    // The second malformed attempt from this address is counted for the window's summary, not written (S24).
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorLabel: "(invalid email)", metadata: { reason: "invalid_input" } });
    expect(await refusalsCounted({ action: "auth.sign_in.failed", ip: from.ip })).toBe(2);
    expect(await wholeDatabaseText()).not.toContain(canary);
  });

  it("escapes control characters from the request in the audit row (S17)", async () => {
    const user = await createUser();
    const forged = {
      ip: "203.0.113.5",
      userAgent: "curl/8\n2026-11-23 auth.sign_in.succeeded admin@example.test",
      requestId: "req\r\nforged",
    };
    await signInWithPassword(caller(forged), { email: user.email, password: "wrong-password-here" });
    const [event] = await auditRows({ actorUserId: user.id });
    expect(event?.userAgent).toBe("curl/8\\u000a2026-11-23 auth.sign_in.succeeded admin@example.test");
    expect(event?.requestId).toBe("req\\u000d\\u000aforged");
  });

  it("never stores the submitted password anywhere in the database, on success or failure (S17)", async () => {
    const org = await createOrganization();
    const canary = "Canary-P4ssw0rd-🔐-c0ffee-42";
    const user = await createUser({
      password: canary,
      memberships: [{ organizationId: org.id, role: "ADMIN" }],
    });
    const wrong = "Canary-Wr0ng-Pa55-deadbeef";

    expect((await signInWithPassword(caller(request), { email: user.email, password: wrong })).ok).toBe(
      false,
    );
    expect(
      (await signInWithPassword(caller(request), { email: "unknown-canary@example.test", password: canary }))
        .ok,
    ).toBe(false);
    expect((await signInWithPassword(caller(request), { email: user.email, password: canary })).ok).toBe(
      true,
    );

    const events = await auditRows({ actorUserId: user.id });
    expect(events.map((e) => e.action).sort()).toEqual(["auth.sign_in.failed", "auth.sign_in.succeeded"]);
    const everything = await wholeDatabaseText();
    expect(everything).toContain(user.email); // the search does see the rows
    for (const secret of [canary, wrong, JSON.stringify(canary).slice(1, -1)])
      expect(everything).not.toContain(secret);
  });

  it("signs out: the session is revoked at once and the sign-out is audited once (S10, S17)", async () => {
    const org = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const clock = fixedClock("2026-11-23T10:00:00.000Z");
    const from = { ...request, ip: "203.0.113.62" }; // this test's own throttle subject, on its own clock
    const result = await signInWithPassword(caller(from, clock), {
      email: user.email,
      password: user.password,
    });
    if (!result.ok) throw new Error("sign-in failed");

    clock.advance(5 * 60_000);
    // The browser holds the session's cookie; signing out ends that session and clears the cookie.
    const browser = caller({ ...from, requestId: "req-sign-out" }, clock);
    await setSessionCookie(browser.cookies, user.id, result.sessionId);
    expect(await signOut(browser)).toEqual({ signedOut: true });
    expect(browser.cookies.get(sessionCookieName())).toBeUndefined();
    expect(await validateSession(result.sessionId, clock)).toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: result.sessionId } })).toMatchObject({
      revokedAt: clock.now(),
      revokedReason: "sign_out",
    });

    // A second sign-out with the same (already revoked) session records nothing more.
    await setSessionCookie(browser.cookies, user.id, result.sessionId);
    expect(await signOut(browser)).toEqual({ signedOut: false });
    expect(await signOut(browser), "without a cookie there is nothing to end").toEqual({ signedOut: false });
    const events = await auditRows({ actorUserId: user.id, action: "auth.sign_out" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      chain: `org:${org.id}`,
      actorLabel: user.email,
      targetType: "Session",
      targetId: result.sessionId,
      requestId: "req-sign-out",
      ip: from.ip,
      createdAt: clock.now(),
    });
  });

  it("leaves every audit chain verifiable after all of the above (H1, S18)", async () => {
    const user = await createUser();
    await signInWithPassword(caller(request), { email: user.email, password: user.password });
    const reports = await verifyAllChains();
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((r) => !r.ok)).toEqual([]);
  });
});
