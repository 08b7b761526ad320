import "server-only";
// A member disconnects their Microsoft account from an organisation's tenant (SECURITY.md S6, S17): it
// needs a recent re-authentication, is refused while an organisation using that tenant requires
// Microsoft sign-in (the user would be locked out), is audited in the organisation's chain and emails
// the user a security notice.
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { microsoftAccountsOf } from "./my-microsoft-accounts.ts";

/** Disconnects the caller's Microsoft account for one of their organisations; `sessionsEnded` by it. */
export async function disconnectMicrosoftAccount(
  ctx: Context,
  slug: string,
): Promise<{ sessionsEnded: number }> {
  const signedIn = requireSignedIn(ctx);
  const { actor, request, clock } = signedIn;
  const membership = actor.memberships.find((m) => m.slug === slug);
  if (!membership) throw new AppError("not_found");
  requireRecentReauth(actor, clock);
  const status = (await microsoftAccountsOf(signedIn)).find((a) => a.slug === slug);
  const notConnected = () => new AppError("conflict", SSO_MESSAGES.notConnected(membership.name));
  if (!status?.connectedAt) throw notConnected();
  if (status.disconnectBlockedBy.length > 0)
    throw new AppError("conflict", SSO_MESSAGES.disconnectRefused(status.disconnectBlockedBy));

  const connection = await db.ssoConnection.findUniqueOrThrow({
    where: { organizationId: membership.organizationId },
    select: { tenantId: true },
  });
  const sessionsEnded = await db.$transaction(async (tx) => {
    const identities = await tx.ssoIdentity.findMany({
      where: { userId: actor.userId, tenantId: connection.tenantId },
      select: { id: true, objectId: true },
    });
    if (identities.length === 0) throw notConnected();
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
      signedIn,
      { id: actor.userId, email: actor.email, name: actor.name },
      "sso.unlinked",
      { detail: SSO_MESSAGES.noticeOrganisation(membership.name) },
    );
    return ended.count;
  });
  await requestEmailDelivery();
  return { sessionsEnded };
}
