import "server-only";
// Who a verified Microsoft sign-in is (SECURITY.md S7): the user linked to (tenant id, object id), never
// someone found by email alone. An unknown identity whose email domain staff approved for the
// connection's organisation (S27) becomes a new user and member with the connection's default role (just
// in time). An unknown identity whose email already belongs to an account is refused, not linked: tenants
// control their users' email claims, so a match by email would let a tenant admin take over any account
// with that address.
import { recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import type { SsoConnectionForSignIn } from "./connection.ts";
import { emailDomain } from "./domains.ts";
import type { SsoErrorCode } from "./messages.ts";
import type { SsoIdentityClaims } from "./id-token.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { controller, trackFacts } from "../../records-of-processing/fact-history.ts";

export type SsoRefusal = "email_taken" | "domain_not_allowed" | "no_email" | "staff_account";

export type ResolvedSsoUser =
  | { ok: true; userId: string; provisioned: "none" | "user" | "membership" }
  | { ok: false; reason: SsoRefusal; error: SsoErrorCode };

const REFUSAL_ERRORS: Record<SsoRefusal, SsoErrorCode> = {
  email_taken: "sso_email_taken",
  domain_not_allowed: "sso_domain_not_allowed",
  no_email: "sso_domain_not_allowed",
  staff_account: "sso_staff_account",
};

type Resolution = {
  ctx: Context;
  connection: SsoConnectionForSignIn;
  identity: SsoIdentityClaims;
};

/** Who the (anonymous) caller's verified Microsoft identity is, provisioning them just in time. */
export async function resolveSsoUser(
  ctx: Context,
  connection: SsoConnectionForSignIn,
  identity: SsoIdentityClaims,
): Promise<ResolvedSsoUser> {
  const context = { ctx, connection, identity };
  try {
    return await resolve(context);
  } catch (error) {
    // Two first sign-ins of the same person at once: the loser of the unique index sees the winner's rows.
    if (isUniqueViolation(error)) return resolve(context);
    throw error;
  }
}

async function resolve(context: Resolution): Promise<ResolvedSsoUser> {
  const { connection, identity } = context;
  const linked = await db.ssoIdentity.findUnique({
    where: { tenantId_objectId: { tenantId: identity.tenantId, objectId: identity.objectId } },
    select: {
      user: {
        select: {
          id: true,
          staffRoles: { select: { role: true }, take: 1 },
          memberships: { where: { organizationId: connection.organizationId }, select: { id: true } },
        },
      },
    },
  });
  const domainAllowed =
    identity.email !== null && connection.approvedDomains.includes(emailDomain(identity.email) ?? "");

  if (linked) {
    const { user } = linked;
    // Staff accounts are never controlled by a customer's identity provider.
    if (user.staffRoles.length > 0) return refuse(context, "staff_account", user.id);
    if (user.memberships.length > 0) return { ok: true, userId: user.id, provisioned: "none" };
    if (!domainAllowed) return refuse(context, identity.email ? "domain_not_allowed" : "no_email", user.id);
    await db.$transaction(async (tx) => {
      await trackFacts(tx, [controller(connection.organizationId)], context.ctx.clock.now(), () =>
        tx.membership.create({
          data: { organizationId: connection.organizationId, userId: user.id, role: connection.defaultRole },
        }),
      );
      await auditProvisioned(tx, context, user.id, identity.email!, false);
    });
    return { ok: true, userId: user.id, provisioned: "membership" };
  }

  if (!identity.email) return refuse(context, "no_email", null);
  if (!domainAllowed) return refuse(context, "domain_not_allowed", null);
  const email = identity.email;
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) return refuse(context, "email_taken", null);

  const userId = await db.$transaction(async (tx) => {
    const user = await trackFacts(tx, [controller(connection.organizationId)], context.ctx.clock.now(), () =>
      tx.user.create({
        data: {
          email,
          name: identity.name ?? email,
          memberships: {
            create: { organizationId: connection.organizationId, role: connection.defaultRole },
          },
          ssoIdentities: { create: { tenantId: identity.tenantId, objectId: identity.objectId } },
        },
        select: { id: true },
      }),
    );
    await auditProvisioned(tx, context, user.id, email, true);
    return user.id;
  });
  return { ok: true, userId, provisioned: "user" };
}

async function auditProvisioned(
  tx: Tx,
  { ctx, connection, identity }: Resolution,
  userId: string,
  email: string,
  newUser: boolean,
) {
  const role: CustomerRole = connection.defaultRole;
  await recordAudit(
    {
      organizationId: connection.organizationId,
      actor: { userId, label: email },
      action: "sso.member.provisioned",
      target: { type: "User", id: userId },
      request: ctx.request,
      metadata: { role, newUser, tenantId: identity.tenantId, objectId: identity.objectId },
    },
    { tx, clock: ctx.clock },
  );
}

async function refuse(
  { ctx, connection, identity }: Resolution,
  reason: SsoRefusal,
  userId: string | null,
): Promise<ResolvedSsoUser> {
  await recordAudit(
    {
      organizationId: connection.organizationId,
      actor: { userId, label: identity.email ?? `${identity.tenantId}/${identity.objectId}` },
      action: "sso.sign_in.refused",
      request: ctx.request,
      metadata: { reason, email: identity.email, tenantId: identity.tenantId, objectId: identity.objectId },
    },
    { clock: ctx.clock },
  );
  return { ok: false, reason, error: REFUSAL_ERRORS[reason] };
}
