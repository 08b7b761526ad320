// Changing an enabled second factor (SECURITY.md S5, S6, S10, S17): turning it off is refused for staff
// and under an organisation's policy; both changes need a recent re-authentication, notify the user and
// are audited once.
import { describe, expect, it, vi } from "vitest";
import { createOrganization } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { fixedClock } from "../../time/clock.ts";
import { createSession, markReauthenticated } from "../sessions/session-store.ts";
import { disableMfa, regenerateBackupCodes } from "./manage.ts";
import { MFA_MESSAGES } from "./messages.ts";
import { actorFor, contextOf, enableTotp, request, signedIn } from "./mfa-test-kit.ts";
import { mfaRequirementFor } from "./status.ts";

const reauthRequired = { code: "forbidden", reauthenticate: true };
const notOn = { code: "conflict", text: MFA_MESSAGES.notOn };

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const START = "2026-11-23T09:00:05.000Z";

async function enrolled(data: Parameters<typeof signedIn>[1] = {}) {
  const clock = fixedClock(START);
  const { user } = await signedIn(clock, data);
  const first = await actorFor(
    user.id,
    (await db.session.findFirstOrThrow({ where: { userId: user.id } })).id,
  );
  const enabled = await enableTotp(contextOf(first, clock));
  return { clock, user, ...enabled };
}

describe("turning two-factor authentication off (S6, S10)", () => {
  it("clears the secret and the backup codes, ends the other sessions, notifies and audits once", async () => {
    const org = await createOrganization();
    const { clock, user, actor, ctx } = await enrolled({
      memberships: [{ organizationId: org.id, role: "OWNER" }],
    });
    const elsewhere = await createSession(user.id, "CUSTOMER", request, clock, { mfaVerified: true });

    expect(await disableMfa(ctx)).toEqual({ otherSessionsRevoked: 1 });

    expect(await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({
      totpSecretEnc: null,
      totpPendingSecretEnc: null,
      totpEnabledAt: null,
      totpLastTimeStep: null,
    });
    expect(await db.backupCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({
      revokedReason: "mfa_disabled",
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: actor.sessionId } })).revokedAt).toBeNull();

    const events = await db.auditEvent.findMany({ where: { actorUserId: user.id, action: "mfa.disabled" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      chain: `org:${org.id}`,
      ip: request.ip,
      userAgent: request.userAgent,
      targetId: actor.sessionId,
      metadata: { otherSessionsRevoked: 1 },
    });
    const mails = await db.outboxEmail.findMany({
      where: { toAddress: user.email, subject: "Two-factor authentication was turned off" },
    });
    expect(mails).toHaveLength(1);
  });

  it("is refused for staff, with no change (S6)", async () => {
    const { user, ctx } = await enrolled({ staffRoles: ["SUPPORT"] });
    expect(await mfaRequirementFor(ctx)).toEqual({ staff: true, organizations: [] });
    await expect(disableMfa(ctx)).rejects.toMatchObject({
      code: "conflict",
      text: MFA_MESSAGES.disableRefused({ staff: true, organizations: [] }),
    });
    expect(
      (await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).totpEnabledAt,
    ).not.toBeNull();
    expect(await db.backupCode.count({ where: { userId: user.id } })).toBe(10);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "mfa.disabled" } })).toBe(0);
  });

  it("is refused while an organisation of the user requires MFA, naming it (S8)", async () => {
    const strict = await createOrganization({ name: "Strict Org" });
    const relaxed = await createOrganization();
    await db.organization.update({ where: { id: strict.id }, data: { requireMfa: true } });
    const { user, ctx } = await enrolled({
      memberships: [
        { organizationId: relaxed.id, role: "OWNER" },
        { organizationId: strict.id, role: "MEMBER" },
      ],
    });
    const requirement = { staff: false, organizations: ["Strict Org"] };
    expect(await mfaRequirementFor(ctx)).toEqual(requirement);
    await expect(disableMfa(ctx)).rejects.toMatchObject({
      code: "conflict",
      text: MFA_MESSAGES.disableRefused(requirement),
    });
    expect(
      (await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).totpEnabledAt,
    ).not.toBeNull();
  });

  it("needs a re-authentication within five minutes (S6)", async () => {
    const { clock, user, actor, ctx } = await enrolled();
    clock.advance(5 * 60_000);
    await expect(disableMfa(ctx)).rejects.toMatchObject(reauthRequired);
    expect(
      (await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).totpEnabledAt,
    ).not.toBeNull();
    await markReauthenticated(actor.sessionId, clock);
    await disableMfa(contextOf(await actorFor(user.id, actor.sessionId), clock));
    expect((await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).totpEnabledAt).toBeNull();
  });

  it("says so when it is already off", async () => {
    const clock = fixedClock(START);
    const { ctx } = await signedIn(clock);
    await expect(disableMfa(ctx)).rejects.toMatchObject(notOn);
  });
});

describe("new backup codes (S5, S6)", () => {
  it("needs a recent re-authentication and TOTP on; audits once and notifies without the codes", async () => {
    const { clock, user, actor, ctx } = await enrolled();
    const before = await db.outboxEmail.count({ where: { toAddress: user.email } });
    clock.advance(6 * 60_000);
    await expect(regenerateBackupCodes(ctx)).rejects.toMatchObject(reauthRequired);
    await markReauthenticated(actor.sessionId, clock);
    const { backupCodes } = await regenerateBackupCodes(
      contextOf(await actorFor(user.id, actor.sessionId), clock),
    );

    const events = await db.auditEvent.findMany({
      where: { actorUserId: user.id, action: "mfa.backup_codes.regenerated" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ip: request.ip,
      userAgent: request.userAgent,
      requestId: request.requestId,
    });
    const mails = await db.outboxEmail.findMany({
      where: { toAddress: user.email },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(before + 1);
    const notice = mails.find((m) => m.subject === "New backup codes were created")!;
    for (const code of backupCodes) {
      expect(notice.textBody).not.toContain(code);
      expect(JSON.stringify(events)).not.toContain(code);
    }

    const plain = await signedIn(clock);
    await expect(regenerateBackupCodes(plain.ctx)).rejects.toMatchObject(notOn);
  });
});
