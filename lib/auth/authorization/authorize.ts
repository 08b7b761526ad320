import "server-only";
// The one place that decides access (SECURITY.md S11, S12). Every function takes the caller's context.
// Tenant access is derived from the organisation of the record touched, checked against the actor's
// membership and role. A record of another organisation is reported as not found, never as forbidden,
// so its existence does not leak. Refusals are audited, summarised per user and window (S24).
import { allowedWhileClosing } from "../../account-closure/read-only.ts";
import { ACCOUNT_CLOSURE_MESSAGES } from "../../account-closure/messages.ts";
import { userActor } from "../../audit/record.ts";
import { recordRefusal } from "../../audit/refusals.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import type { CustomerRole, StaffRole } from "../../generated/prisma/enums.ts";
import type { Text } from "../../i18n/text.ts";
import { ipAllowed } from "../../security/ip-allowlist.ts";
import { readerTimeZone } from "../../time/reader-time-zone.ts";
import type { Actor, Membership } from "../sessions/actor.ts";
import { scopesAllow } from "./api-scopes.ts";
import { AUTHORIZATION_MESSAGES } from "./messages.ts";
import { customerCan, staffCan, type CustomerAction, type StaffAction } from "./permissions.ts";
import { outranks } from "./staff-rank.ts";
import { ssoPolicyMet } from "./sso-policy.ts";

/**
 * A signed-in context acting inside one organisation with one role; its `timeZone` is the member's own,
 * else the organisation's default.
 */
export type OrgContext = SignedInContext & {
  organizationId: string;
  slug: string;
  name: string;
  role: CustomerRole;
  /** Being closed (D4): read-only but for what read-only.ts allows. */
  closing: boolean;
};

/** A refusal, counted by user and what they attempted (a stream of random URLs is one subject). */
async function auditDenied(
  ctx: SignedInContext,
  action: string,
  organizationId: string | null,
  target?: { type: string; id: string },
) {
  await recordRefusal(
    [
      {
        organizationId,
        actor: userActor(ctx.actor),
        action: "authz.denied",
        target,
        request: ctx.request,
        metadata: { attempted: action },
      },
    ],
    `${ctx.actor.userId}|${action}`,
    ctx.clock,
  );
}

/** Whether the actor may perform `action` with `role`: an API key by its scopes, a person by the role. */
function actorCan(actor: Actor, role: CustomerRole, action: CustomerAction): boolean {
  return actor.apiKey ? scopesAllow(actor.apiKey.scopes, action) : customerCan(role, action);
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
    await recordRefusal(
      [
        {
          organizationId: membership.organizationId,
          actor: userActor(ctx.actor),
          action: "authz.ip_denied",
          request: ctx.request,
          metadata: { attempted: action },
        },
      ],
      `${ctx.actor.userId}|${ctx.request.ip ?? "unknown"}`,
      ctx.clock,
    );
    throw new AppError("forbidden", AUTHORIZATION_MESSAGES.ipNotAllowed(ctx.request.ip));
  }
  if (!ssoPolicyMet(ctx.actor, membership)) {
    await recordRefusal(
      [
        {
          organizationId: membership.organizationId,
          actor: userActor(ctx.actor),
          action: "authz.sso_denied",
          request: ctx.request,
          metadata: { attempted: action, ssoOrganizationId: ctx.actor.ssoOrganizationId },
        },
      ],
      `${ctx.actor.userId}|${ctx.request.ip ?? "unknown"}`,
      ctx.clock,
    );
    throw new AppError("forbidden", AUTHORIZATION_MESSAGES.ownMicrosoftSignInRequired(membership.name));
  }
  if (!actorCan(ctx.actor, membership.role, action)) {
    await auditDenied(ctx, action, membership.organizationId);
    throw new AppError("forbidden");
  }
  // D4: an organisation being closed is read-only but for its export and the closure (ADR 0024).
  if (membership.closingSince && ctx.intent !== "read" && !allowedWhileClosing(action)) {
    await auditDenied(ctx, action, membership.organizationId);
    throw new AppError("conflict", ACCOUNT_CLOSURE_MESSAGES.readOnly);
  }
  return {
    ...ctx,
    organizationId: membership.organizationId,
    slug: membership.slug,
    name: membership.name,
    role: membership.role,
    closing: Boolean(membership.closingSince),
    timeZone: readerTimeZone({
      own: ctx.actor.timeZone,
      organization: membership.defaultTimeZone,
      provider: ctx.timeZone,
    }),
  };
}

/**
 * For a write reached through a read permission (a DPA acceptance is open to named signatories, who hold
 * no write permission of their own): refused while the organisation is being closed (ADR 0024), audited.
 */
export async function requireOpenOrganization(org: OrgContext, action: CustomerAction): Promise<void> {
  if (!org.closing) return;
  await auditDenied(org, action, org.organizationId);
  throw new AppError("conflict", ACCOUNT_CLOSURE_MESSAGES.readOnly);
}

/**
 * A stricter permission for part of what a caller already authorised in the organisation asks for (e.g. an
 * admin may save the settings page but not its owner-only policies): refused with `refusal`, audited.
 */
export async function requireOrgPermission(
  org: OrgContext,
  action: CustomerAction,
  refusal?: Text,
): Promise<void> {
  if (actorCan(org.actor, org.role, action)) return;
  await auditDenied(org, action, org.organizationId);
  throw new AppError("forbidden", refusal);
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

/**
 * Staff acting on another account (disable, enable, …): allowed `action`, and the account's highest role
 * ranks below the caller's (S23, ./staff-rank.ts), or another rule of ./staff-rank.ts (`allowed`, e.g.
 * `mayManageAccount` for roles and second factors). A refusal is audited against the account.
 */
export async function authorizeStaffOver(
  ctx: Context,
  action: StaffAction,
  target: { id: string; staffRoles: readonly StaffRole[] },
  refusal?: Text,
  allowed: (actorRoles: readonly StaffRole[], targetRoles: readonly StaffRole[]) => boolean = outranks,
): Promise<SignedInContext> {
  const signedIn = await authorizeStaff(ctx, action);
  if (!allowed(signedIn.actor.staffRoles, target.staffRoles)) {
    await auditDenied(signedIn, action, null, { type: "User", id: target.id });
    throw new AppError("forbidden", refusal);
  }
  return signedIn;
}
