import "server-only";
// Connects a verified Microsoft identity (tid, oid) to the signed-in user who asked for it (SECURITY.md
// S6, S7, S17). The callback has already checked state, nonce, audience, issuer and tenant, and that the
// browser's session is this user's; no email is compared: the user proved both accounts. An identity
// already linked to someone else is refused, never moved. The user must still be a customer member of
// the connection's organisation. The link is audited in that organisation's chain and the user is
// emailed a security notice.
import { recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { notifySecurityChange } from "../security-notice.ts";
import type { SsoConnectionForSignIn } from "./connection.ts";
import { SSO_MESSAGES, type SsoErrorCode } from "./messages.ts";
import type { SsoIdentityClaims } from "./id-token.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

export type LinkRefusal = "identity_taken" | "not_a_member" | "staff_account" | "account_missing";

const REFUSAL_ERRORS: Record<LinkRefusal, SsoErrorCode> = {
  identity_taken: "sso_identity_taken",
  not_a_member: "sso_not_member",
  staff_account: "sso_staff_account",
  account_missing: "sso_restart",
};

export type LinkResult =
  { ok: true; created: boolean } | { ok: false; reason: LinkRefusal; error: SsoErrorCode };

type Link = { connection: SsoConnectionForSignIn; identity: SsoIdentityClaims; userId: string };

/**
 * Links the identity for the user the callback checked (`ctx` is the callback's request, whose session
 * is that user's).
 */
export async function linkVerifiedIdentity(ctx: Context, link: Link): Promise<LinkResult> {
  try {
    return await linkOnce(ctx, link);
  } catch (error) {
    // Someone else took the identity between our look-up and the insert: the retry sees their row.
    if (isUniqueViolation(error)) return linkOnce(ctx, link);
    throw error;
  }
}

async function linkOnce(ctx: Context, { connection, identity, userId }: Link): Promise<LinkResult> {
  const { request, clock } = ctx;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      staffRoles: { select: { role: true }, take: 1 },
      memberships: {
        where: { organizationId: connection.organizationId },
        select: { organization: { select: { name: true } } },
      },
    },
  });
  const facts = { tenantId: identity.tenantId, objectId: identity.objectId };
  const refuse = async (reason: LinkRefusal, extra: Record<string, unknown> = {}): Promise<LinkResult> => {
    await recordAudit(
      {
        organizationId: connection.organizationId,
        actor: { userId: user?.id ?? null, label: user?.email ?? "(deleted account)" },
        action: "sso.identity.link_refused",
        request,
        metadata: { reason, ...facts, ...extra },
      },
      { clock },
    );
    return { ok: false, reason, error: REFUSAL_ERRORS[reason] };
  };
  if (!user) return refuse("account_missing");
  // Staff accounts are never controlled by a customer's identity provider.
  if (user.staffRoles.length > 0) return refuse("staff_account");
  const membership = user.memberships[0];
  if (!membership) return refuse("not_a_member");

  const existing = await db.ssoIdentity.findUnique({
    where: { tenantId_objectId: { tenantId: identity.tenantId, objectId: identity.objectId } },
    select: { userId: true },
  });
  if (existing?.userId === user.id) return { ok: true, created: false };
  if (existing) return refuse("identity_taken", { linkedUserId: existing.userId });

  await db.$transaction(async (tx) => {
    const row = await tx.ssoIdentity.create({ data: { userId: user.id, ...facts }, select: { id: true } });
    await recordAudit(
      {
        organizationId: connection.organizationId,
        actor: { userId: user.id, label: user.email },
        action: "sso.identity.linked",
        target: { type: "SsoIdentity", id: row.id },
        request,
        metadata: facts,
      },
      { tx, clock },
    );
    await notifySecurityChange(tx, ctx, user, "sso.linked", {
      detail: SSO_MESSAGES.noticeOrganisation(membership.organization.name),
    });
  });
  await requestEmailDelivery();
  return { ok: true, created: true };
}
