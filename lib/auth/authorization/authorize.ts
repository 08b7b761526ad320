import "server-only";
// The one place that decides access (SECURITY.md S11, S12). Tenant access is derived from the
// organisation of the record touched, checked against the actor's membership and role. A record of
// another organisation is reported as not found, never as forbidden, so its existence does not leak.
import { recordAudit, userActor } from "../../audit/record.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { ipAllowed } from "../../security/ip-allowlist.ts";
import { currentRequest, requireActor, type Actor, type Membership } from "../sessions/actor.ts";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import { customerCan, staffCan, type CustomerAction, type StaffAction } from "./permissions.ts";

export type OrgContext = {
  actor: Actor;
  organizationId: string;
  slug: string;
  name: string;
  role: CustomerRole;
};

async function auditDenied(
  actor: Actor,
  action: string,
  organizationId: string | null,
  target?: { type: string; id: string },
) {
  await recordAudit({
    organizationId,
    actor: userActor(actor),
    action: "authz.denied",
    target,
    request: await currentRequest(),
    metadata: { attempted: action },
  });
}

/** Access to an organisation the actor names (e.g. by URL slug). */
export async function requireOrgBySlug(slug: string, action: CustomerAction): Promise<OrgContext> {
  const actor = await requireActor();
  const membership = actor.memberships.find((m) => m.slug === slug);
  if (!membership) {
    await auditDenied(actor, action, null, { type: "OrganizationSlug", id: slug.slice(0, 80) });
    throw new NotFoundError("The organisation");
  }
  return authorize(actor, membership, action);
}

/**
 * Access to a record: `organizationIdOf` loads the record's organisation server-side (null if the
 * record does not exist); the actor must be a member with a role allowed to perform `action`.
 */
export async function requireOrgForRecord(
  action: CustomerAction,
  record: { type: string; id: string },
  organizationIdOf: () => Promise<string | null>,
): Promise<OrgContext> {
  const actor = await requireActor();
  const organizationId = await organizationIdOf();
  const membership = organizationId
    ? actor.memberships.find((m) => m.organizationId === organizationId)
    : undefined;
  if (!membership) {
    await auditDenied(actor, action, null, record);
    throw new NotFoundError();
  }
  return authorize(actor, membership, action);
}

async function authorize(actor: Actor, membership: Membership, action: CustomerAction): Promise<OrgContext> {
  const request = await currentRequest();
  if (!ipAllowed(request.ip, membership.ipAllowlist)) {
    await recordAudit({
      organizationId: membership.organizationId,
      actor: userActor(actor),
      action: "authz.ip_denied",
      request,
      metadata: { attempted: action },
    });
    throw new ForbiddenError(
      `Your organisation allows access only from its approved networks; ${request.ip ?? "your address"} is not one of them.`,
    );
  }
  if (!customerCan(membership.role, action)) {
    await auditDenied(actor, action, membership.organizationId);
    throw new ForbiddenError();
  }
  return {
    actor,
    organizationId: membership.organizationId,
    slug: membership.slug,
    name: membership.name,
    role: membership.role,
  };
}

export async function requireStaff(action: StaffAction): Promise<Actor> {
  const actor = await requireActor();
  if (!staffCan(actor.staffRoles, action)) {
    await auditDenied(actor, action, null);
    throw actor.staffRoles.length === 0 ? new NotFoundError() : new ForbiddenError();
  }
  return actor;
}
