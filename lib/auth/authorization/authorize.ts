import "server-only";
// The one place that decides access (SECURITY.md S11, S12). Every function takes the caller's context.
// Tenant access is derived from the organisation of the record touched, checked against the actor's
// membership and role. A record of another organisation is reported as not found, never as forbidden,
// so its existence does not leak.
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { ipAllowed } from "../../security/ip-allowlist.ts";
import type { Membership } from "../sessions/actor.ts";
import { AUTHORIZATION_MESSAGES } from "./messages.ts";
import { customerCan, staffCan, type CustomerAction, type StaffAction } from "./permissions.ts";
import { ssoPolicyMet } from "./sso-policy.ts";

/** A signed-in context acting inside one organisation with one role. */
export type OrgContext = SignedInContext & {
  organizationId: string;
  slug: string;
  name: string;
  role: CustomerRole;
};

async function auditDenied(
  ctx: SignedInContext,
  action: string,
  organizationId: string | null,
  target?: { type: string; id: string },
) {
  await recordAudit(
    {
      organizationId,
      actor: userActor(ctx.actor),
      action: "authz.denied",
      target,
      request: ctx.request,
      metadata: { attempted: action },
    },
    { clock: ctx.clock },
  );
}

/** The context's caller, who must be signed in. */
export function requireSignedIn(ctx: Context): SignedInContext {
  if (!ctx.actor) throw new AppError("unauthenticated");
  return ctx as SignedInContext;
}

/** Access to an organisation the actor names (e.g. by URL slug). */
export async function authorizeOrgBySlug(
  ctx: Context,
  slug: string,
  action: CustomerAction,
): Promise<OrgContext> {
  const signedIn = requireSignedIn(ctx);
  const membership = signedIn.actor.memberships.find((m) => m.slug === slug);
  if (!membership) {
    await auditDenied(signedIn, action, null, { type: "OrganizationSlug", id: slug.slice(0, 80) });
    throw new AppError("not_found");
  }
  return authorizeMembership(signedIn, membership, action);
}

/**
 * Access to a record: `organizationIdOf` loads the record's organisation server-side (null if the
 * record does not exist); the actor must be a member with a role allowed to perform `action`.
 */
export async function authorizeOrgForRecord(
  ctx: Context,
  action: CustomerAction,
  record: { type: string; id: string },
  organizationIdOf: () => Promise<string | null>,
): Promise<OrgContext> {
  const signedIn = requireSignedIn(ctx);
  const organizationId = await organizationIdOf();
  const membership = organizationId
    ? signedIn.actor.memberships.find((m) => m.organizationId === organizationId)
    : undefined;
  if (!membership) {
    await auditDenied(signedIn, action, null, record);
    throw new AppError("not_found");
  }
  return authorizeMembership(signedIn, membership, action);
}

async function authorizeMembership(
  ctx: SignedInContext,
  membership: Membership,
  action: CustomerAction,
): Promise<OrgContext> {
  if (!ipAllowed(ctx.request.ip, membership.ipAllowlist)) {
    await recordAudit(
      {
        organizationId: membership.organizationId,
        actor: userActor(ctx.actor),
        action: "authz.ip_denied",
        request: ctx.request,
        metadata: { attempted: action },
      },
      { clock: ctx.clock },
    );
    throw new AppError("forbidden", AUTHORIZATION_MESSAGES.ipNotAllowed(ctx.request.ip));
  }
  if (!ssoPolicyMet(ctx.actor, membership)) {
    await recordAudit(
      {
        organizationId: membership.organizationId,
        actor: userActor(ctx.actor),
        action: "authz.sso_denied",
        request: ctx.request,
        metadata: { attempted: action, ssoOrganizationId: ctx.actor.ssoOrganizationId },
      },
      { clock: ctx.clock },
    );
    throw new AppError("forbidden", AUTHORIZATION_MESSAGES.ownMicrosoftSignInRequired(membership.name));
  }
  if (!customerCan(membership.role, action)) {
    await auditDenied(ctx, action, membership.organizationId);
    throw new AppError("forbidden");
  }
  return {
    ...ctx,
    organizationId: membership.organizationId,
    slug: membership.slug,
    name: membership.name,
    role: membership.role,
  };
}

/** Staff with a role allowed to perform `action`; customers are told the page does not exist. */
export async function authorizeStaff(ctx: Context, action: StaffAction): Promise<SignedInContext> {
  const signedIn = requireSignedIn(ctx);
  if (!staffCan(signedIn.actor.staffRoles, action)) {
    await auditDenied(signedIn, action, null);
    throw new AppError(signedIn.actor.staffRoles.length === 0 ? "not_found" : "forbidden");
  }
  return signedIn;
}
