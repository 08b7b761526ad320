import "server-only";
// A member disconnects their Microsoft account from an organisation's tenant (SECURITY.md S6, S17): it
// needs a recent re-authentication, is refused while an organisation using that tenant requires
// Microsoft sign-in (the user would be locked out), is audited in the organisation's chain and emails
// the user a security notice.
import { recordAudit, type RequestMeta, userActor } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { NotFoundError, UserFacingError } from "../../errors.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { microsoftAccountsOf } from "./my-microsoft-accounts.ts";

export async function disconnectMicrosoftAccount(
  actor: Actor,
  slug: string,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<void> {
  const membership = actor.memberships.find((m) => m.slug === slug);
  if (!membership) throw new NotFoundError("The organisation");
  requireRecentReauth(actor, clock);
  const status = (await microsoftAccountsOf(actor)).find((a) => a.slug === slug);
  if (!status?.connectedAt)
    throw new UserFacingError(`No Microsoft account is connected for ${membership.name}.`);
  if (status.disconnectRefusal) throw new UserFacingError(status.disconnectRefusal);

  const connection = await db.ssoConnection.findUniqueOrThrow({
    where: { organizationId: membership.organizationId },
    select: { tenantId: true },
  });
  await db.$transaction(async (tx) => {
    const identities = await tx.ssoIdentity.findMany({
      where: { userId: actor.userId, tenantId: connection.tenantId },
      select: { id: true, objectId: true },
    });
    if (identities.length === 0)
      throw new UserFacingError(`No Microsoft account is connected for ${membership.name}.`);
    await tx.ssoIdentity.deleteMany({ where: { id: { in: identities.map((i) => i.id) } } });
    // Sessions that Microsoft sign-in started end with the connection (this one stays: it re-authenticated).
    const ended = await tx.session.updateMany({
      where: { userId: actor.userId, method: "SSO", revokedAt: null, id: { not: actor.sessionId } },
      data: { revokedAt: clock.now(), revokedReason: "sso_unlinked" },
    });
    await recordAudit(
      {
        organizationId: membership.organizationId,
        actor: userActor(actor),
        action: "sso.identity.unlinked",
        target: { type: "User", id: actor.userId },
        request,
        metadata: {
          tenantId: connection.tenantId,
          objectIds: identities.map((i) => i.objectId),
          sessionsEnded: ended.count,
        },
      },
      { tx, clock },
    );
    await notifySecurityChange(
      tx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "sso.unlinked",
      { request, clock, detail: `Organisation: ${membership.name}` },
    );
  });
  await requestEmailDelivery();
}
