// Magic links (SECURITY.md S2, S3, S8, S10, S17): only the token's hash is stored, a link works once
// and for 10 minutes, known and unknown addresses get identical answers, requests are throttled per
// address and per IP, and following a link starts a MAGIC_LINK session that still owes MFA when due.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import type { RequestMeta } from "../../context/context.ts";
import { anonymousContext } from "../../testing/context.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import type { AfterResponse } from "./email-link-request.ts";
import { magicLinkStatus, requestMagicLink, signInWithMagicLink } from "./magic-link.ts";
import { validateSession } from "../sessions/session-store.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (magic-link test)", requestId: "req-magic" };
const MINUTE = 60_000;

/** An anonymous caller from `from`, at `clock`'s time (the system clock by default). */
const caller = (from: RequestMeta, clock?: Clock) => anonymousContext({ request: from, clock });

/** The link from the newest email to `to`, as the user would click it. */
async function tokenFromEmail(to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: "desc" },
  });
  expect(mail.sensitive, "a link email is sealed at rest").toBe(true);
  const match = /\/magic-link\/([A-Za-z0-9_-]{43})\b/.exec(outboxBody(mail));
  expect(match, "the email contains a magic link").not.toBeNull();
  return match![1]!;
}

describe("magic-link requests (S2, S3)", () => {
  it("emails a link to a known address and stores only the token's SHA-256 (S17)", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T10:00:00.000Z");
    const from = { ...request, ip: "192.0.2.30" }; // this test's own throttle subject, on its own clock
    expect(await requestMagicLink(caller(from, clock), { email: user.email })).toEqual({
      status: "accepted",
    });

    const token = await tokenFromEmail(user.email);
    const rows = await db.oneTimeToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      purpose: "MAGIC_LINK",
      tokenHash: hashToken(token),
      usedAt: null,
      expiresAt: new Date(clock.now().getTime() + 10 * MINUTE),
    });
    const stored = JSON.stringify([await db.oneTimeToken.findMany(), await db.outboxEmail.findMany()]);
    expect(stored, "neither the token table nor the outbox holds the token in clear").not.toContain(token);
    const audit = await db.auditEvent.findMany({
      where: { action: "auth.magic_link.requested", actorUserId: user.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: user.id,
      targetType: "OneTimeToken",
      targetId: rows[0]!.id,
      ip: from.ip,
      userAgent: from.userAgent,
      requestId: from.requestId,
    });
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(token);
  });

  it("answers a known and an unknown address identically; only the known one gets a token and an email (S3)", async () => {
    const user = await createUser();
    const unknown = `nobody-${Date.now()}@example.test`;
    const known = await requestMagicLink(caller(request), { email: user.email });
    const stranger = await requestMagicLink(caller(request), { email: unknown });
    expect(JSON.stringify(stranger)).toBe(JSON.stringify(known));
    expect(await db.outboxEmail.count({ where: { toAddress: unknown } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "auth.magic_link.requested", actorLabel: unknown },
    });
    expect(audit).toMatchObject({ chain: "provider", actorUserId: null, targetId: null });
    expect(audit.metadata).toMatchObject({ sent: false, reason: "unknown_email" });
  });

  it("does the account work only after the answer: the answer is ready before the lookup runs (S3 timing)", async () => {
    const user = await createUser();
    const deferred: (() => Promise<void>)[] = [];
    const later: AfterResponse = (task) => void deferred.push(task);
    const known = await requestMagicLink(caller(request), { email: user.email }, { afterResponse: later });
    const unknown = await requestMagicLink(
      caller(request),
      { email: "ghost@example.test" },
      {
        afterResponse: later,
      },
    );
    expect(known).toEqual(unknown);
    expect(
      await db.oneTimeToken.count({ where: { userId: user.id } }),
      "nothing written before the response",
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id } })).toBe(0);
    for (const task of deferred) await task();
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("sends nothing to a disabled account or a member of an SSO-required organisation, with the same answer (S3, S8)", async () => {
    const disabled = await createUser();
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const org = await createOrganization();
    await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
    const ssoMember = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    for (const user of [disabled, ssoMember])
      expect(await requestMagicLink(caller(request), { email: user.email })).toEqual({ status: "accepted" });
    const ids = [disabled.id, ssoMember.id];
    expect(await db.oneTimeToken.count({ where: { userId: { in: ids } } })).toBe(0);
    expect(
      await db.outboxEmail.count({ where: { toAddress: { in: [disabled.email, ssoMember.email] } } }),
    ).toBe(0);
    const reasons = (
      await db.auditEvent.findMany({
        where: { action: "auth.magic_link.requested", actorUserId: { in: ids } },
      })
    ).map((e) => (e.metadata as { reason?: string }).reason);
    expect(reasons.sort()).toEqual(["account_disabled", "sso_required"]);
  });

  it("throttles per address: the 6th request within an hour is refused with a wait time, known or unknown alike (S2, S3)", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T11:00:00.000Z");
    const from = { ...request, ip: "192.0.2.31" }; // this test's own throttle subject, on its own clock
    const results = { known: [] as unknown[], unknown: [] as unknown[] };
    for (let i = 0; i < 6; i++) {
      results.known.push(
        await requestMagicLink(caller({ ...request, ip: `192.0.2.${i + 1}` }, clock), { email: user.email }),
      );
      results.unknown.push(
        await requestMagicLink(caller({ ...request, ip: `192.0.2.${i + 101}` }, clock), {
          email: "unknown-throttle@example.test",
        }),
      );
    }
    expect(results.known.slice(0, 5)).toEqual(Array(5).fill({ status: "accepted" }));
    expect(results.known[5]).toEqual({ status: "throttled", minutes: 60 });
    expect(results.unknown).toEqual(results.known);
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(5);
    expect(
      await db.auditEvent.count({
        where: {
          action: "auth.magic_link.throttled",
          actorLabel: { in: [user.email, "unknown-throttle@example.test"] },
        },
      }),
    ).toBe(2);
    // Not permanent: an hour later the address may ask again.
    clock.advance(61 * MINUTE);
    expect(await requestMagicLink(caller(from, clock), { email: user.email })).toEqual({
      status: "accepted",
    });
  });

  it("throttles per IP across addresses: the 31st request from one address in an hour is refused (S2)", async () => {
    const clock = fixedClock("2026-11-23T12:00:00.000Z");
    const ip = { ...request, ip: "203.0.113.200" };
    for (let i = 0; i < 30; i++)
      expect(await requestMagicLink(caller(ip, clock), { email: `spray-${i}@example.test` })).toEqual({
        status: "accepted",
      });
    expect(await requestMagicLink(caller(ip, clock), { email: "spray-final@example.test" })).toMatchObject({
      status: "throttled",
    });
    expect(
      await requestMagicLink(caller({ ...request, ip: "203.0.113.201" }, clock), {
        email: "spray-final@example.test",
      }),
    ).toEqual({ status: "accepted" });
  });
});

describe("following a magic link (S8, S10, S17)", () => {
  it("signs in once: a MAGIC_LINK session; the same link is refused the second time", async () => {
    const org = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const clock = fixedClock("2026-11-23T13:00:00.000Z");
    const from = { ...request, ip: "192.0.2.32" }; // this test's own throttle subject, on its own clock
    await requestMagicLink(caller(from, clock), { email: user.email });
    const token = await tokenFromEmail(user.email);
    expect(await magicLinkStatus(caller(from, clock), token)).toBe("valid");
    expect(await magicLinkStatus(caller(from, clock), token), "looking at the link does not use it").toBe(
      "valid",
    );

    const first = await signInWithMagicLink(caller(from, clock), token);
    expect(first).toMatchObject({ ok: true, userId: user.id, next: "none" });
    if (!first.ok) return;
    expect(await validateSession(first.sessionId, clock)).toMatchObject({
      userId: user.id,
      method: "MAGIC_LINK",
    });
    expect(await magicLinkStatus(caller(from, clock), token)).toBe("used");

    expect(await signInWithMagicLink(caller(from, clock), token)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const used = await db.auditEvent.findMany({
      where: { action: "auth.magic_link.used", actorUserId: user.id },
    });
    expect(used).toHaveLength(1);
    expect(used[0]).toMatchObject({
      chain: `org:${org.id}`,
      actorUserId: user.id,
      ip: from.ip,
      userAgent: from.userAgent,
    });
    const refused = await db.auditEvent.findFirstOrThrow({
      where: { action: "auth.magic_link.refused", actorUserId: user.id },
    });
    expect(refused.metadata).toMatchObject({ reason: "used" });
    expect(
      await db.auditEvent.count({ where: { action: "auth.sign_in.succeeded", actorUserId: user.id } }),
    ).toBe(1);
  });

  it("two simultaneous uses of one link: exactly one session", async () => {
    const user = await createUser();
    await requestMagicLink(caller(request), { email: user.email });
    const token = await tokenFromEmail(user.email);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => signInWithMagicLink(caller(request), token)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("expires after 10 minutes", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T14:00:00.000Z");
    const from = { ...request, ip: "192.0.2.33" }; // this test's own throttle subject, on its own clock
    await requestMagicLink(caller(from, clock), { email: user.email });
    const token = await tokenFromEmail(user.email);
    clock.advance(10 * MINUTE);
    expect(await magicLinkStatus(caller(from, clock), token)).toBe("expired");
    expect(await signInWithMagicLink(caller(from, clock), token)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const refused = await db.auditEvent.findFirstOrThrow({
      where: { action: "auth.magic_link.refused", actorUserId: user.id },
    });
    expect(refused.metadata).toMatchObject({ reason: "expired" });
  });

  it("refuses a made-up token and a reset token used as a sign-in link", async () => {
    const sessionsBefore = await db.session.count();
    expect(await signInWithMagicLink(caller(request), "x".repeat(43))).toEqual({
      ok: false,
      reason: "invalid",
    });
    const user = await createUser();
    const { issueOneTimeToken } = await import("./one-time-token.ts");
    const reset = await db.$transaction((tx) => issueOneTimeToken(tx, user.id, "PASSWORD_RESET"));
    expect(await signInWithMagicLink(caller(request), reset.token)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.session.count()).toBe(sessionsBefore);
  });

  it("still owes the second factor when the user has TOTP enabled (S8)", async () => {
    const user = await createUser();
    await db.credential.update({ where: { userId: user.id }, data: { totpEnabledAt: new Date() } });
    await requestMagicLink(caller(request), { email: user.email });
    const result = await signInWithMagicLink(caller(request), await tokenFromEmail(user.email));
    expect(result).toMatchObject({ ok: true, next: "challenge" });
    if (result.ok)
      expect(
        (await db.session.findUniqueOrThrow({ where: { id: result.sessionId } })).mfaVerifiedAt,
      ).toBeNull();
  });

  it("refuses a link issued before the organisation began to require SSO (S8)", async () => {
    const org = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    await requestMagicLink(caller(request), { email: user.email });
    await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
    expect(await signInWithMagicLink(caller(request), await tokenFromEmail(user.email))).toEqual({
      ok: false,
      reason: "sso_required",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
