import "server-only";
// An organisation's security policies: MFA for every member (OWNER or ADMIN), and the access restrictions
// that can shut members out, owners included: an IP allow-list for the portal and SSO-only sign-in. Those
// are an OWNER's decision, and no change leaves the organisation without an owner able to get in: the
// acting owner must pass the new allow-list and, to require SSO, have a Microsoft identity in the
// connection's tenant (S23). Every change is audited in the organisation's chain.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import {
  authorizeOrgBySlug,
  requireOrgPermission,
  type OrgContext,
} from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import { membersWithoutSsoIdentity } from "../auth/sso/readiness.ts";
import { lockSignInPolicy } from "../auth/sso/sign-in-policy-lock.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { ipAllowed, parseCidr } from "../security/ip-allowlist.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";

export type SecurityPolicy = {
  requireMfa: boolean;
  ssoRequired: boolean;
  ipAllowlist: string[];
  ssoAvailable: boolean;
  membersWithoutMfa: number;
  /** Members with no Microsoft account connected in the connection's tenant: locked out while SSO is required. */
  membersWithoutSsoIdentity: number;
  /** Whether the admin looking at the page has connected their own Microsoft account (needed to require SSO). */
  actorHasSsoIdentity: boolean;
  /** Whether the viewer may change the allow-list and SSO-only sign-in (owners); admins see them read-only. */
  canRestrictAccess: boolean;
};

export async function getSecurityPolicy(ctx: Context, slug: string): Promise<SecurityPolicy> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.settings.manage");
  const [policy, membersWithoutMfa, withoutSso] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: org.organizationId },
      select: {
        requireMfa: true,
        ssoRequired: true,
        ipAllowlist: true,
        ssoConnection: { select: { enabled: true, tenantId: true } },
      },
    }),
    db.membership.count({
      where: {
        organizationId: org.organizationId,
        user: { OR: [{ credential: null }, { credential: { totpEnabledAt: null } }] },
      },
    }),
    membersWithoutSsoIdentity(org.organizationId),
  ]);
  return {
    requireMfa: policy.requireMfa,
    ssoRequired: policy.ssoRequired,
    ipAllowlist: policy.ipAllowlist,
    ssoAvailable: Boolean(policy.ssoConnection?.enabled),
    membersWithoutMfa,
    membersWithoutSsoIdentity: withoutSso.count,
    actorHasSsoIdentity: Boolean(policy.ssoConnection) && !withoutSso.userIds.includes(org.actor.userId),
    canRestrictAccess: customerCan(org.role, "org.access.restrict"),
  };
}

const checkbox = z
  .enum(["on"])
  .optional()
  .transform((v) => v === "on");

/**
 * The settings form. An owner's form carries the access restrictions and says so (`accessPolicies`); an
 * admin's form shows them read-only and does not send them, and they are then kept as stored. Without the
 * marker, sending them is refused rather than read as "none" (an unticked checkbox sends nothing).
 */
export const securityPolicyInput = z
  .strictObject({
    slug: z.string().min(1).max(80),
    requireMfa: checkbox,
    accessPolicies: z.literal("on").optional(),
    ssoRequired: z.literal("on").optional(),
    /** One CIDR range or address per line; blank lines and "#" comments ignored. */
    ipAllowlist: z.string().max(10_000).optional(),
  })
  .refine((v) => v.accessPolicies === "on" || (v.ssoRequired === undefined && v.ipAllowlist === undefined), {
    path: ["accessPolicies"],
    message: "This form does not offer the access restrictions.",
  })
  .transform(({ slug, requireMfa, accessPolicies, ssoRequired, ipAllowlist }) => ({
    slug,
    requireMfa,
    /** The access restrictions asked for; null: keep them as they are. */
    access: accessPolicies ? { ssoRequired: ssoRequired === "on", ipAllowlist: ipAllowlist ?? "" } : null,
  }));
export type SecurityPolicyInput = z.output<typeof securityPolicyInput>;

const MAX_IP_RANGES = 200;

export function parseAllowlist(text: string): string[] {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => !parseCidr(entry));
  if (invalid.length) throw new AppError("invalid", ORGANIZATION_MESSAGES.invalidIpRanges(invalid));
  if (entries.length > MAX_IP_RANGES)
    throw new AppError("invalid", ORGANIZATION_MESSAGES.tooManyIpRanges(MAX_IP_RANGES));
  return [...new Set(entries)];
}

type StoredPolicy = {
  requireMfa: boolean;
  ssoRequired: boolean;
  ipAllowlist: string[];
  ssoConnection: { enabled: boolean; tenantId: string } | null;
};
type Policy = Pick<StoredPolicy, "requireMfa" | "ssoRequired" | "ipAllowlist">;

/** Saves the policies; `changed` is false when the input equals what is stored (nothing is written). */
export async function updateSecurityPolicy(
  ctx: Context,
  input: SecurityPolicyInput,
): Promise<{ changed: boolean }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.settings.manage");
  return db.$transaction(async (tx) => {
    await lockSignInPolicy(tx, org.organizationId);
    const before: StoredPolicy = await tx.organization.findUniqueOrThrow({
      where: { id: org.organizationId },
      select: {
        requireMfa: true,
        ssoRequired: true,
        ipAllowlist: true,
        ssoConnection: { select: { enabled: true, tenantId: true } },
      },
    });
    const after: Policy = {
      requireMfa: input.requireMfa,
      ssoRequired: input.access ? input.access.ssoRequired : before.ssoRequired,
      ipAllowlist: input.access ? parseAllowlist(input.access.ipAllowlist) : before.ipAllowlist,
    };
    const changed = (Object.keys(after) as (keyof Policy)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    if (changed.includes("ssoRequired") || changed.includes("ipAllowlist"))
      await requireOrgPermission(org, "org.access.restrict", ORGANIZATION_MESSAGES.ownersDecideAccess);
    await assertActorStillGetsIn(tx, org, before, after);
    if (changed.length === 0) return { changed: false };
    await tx.organization.update({ where: { id: org.organizationId }, data: after });
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        action: "org.security_policy.updated",
        target: { type: "Organization", id: org.organizationId },
        request: ctx.request,
        metadata: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      },
      { tx, clock: ctx.clock },
    );
    return { changed: true };
  });
}

/**
 * The owner who restricts access must still get in afterwards, so the organisation is never left without
 * an owner able to undo it: their address passes the allow-list, and before SSO becomes the only way in
 * they have a Microsoft identity in the connection's tenant (SSO never links by email).
 */
async function assertActorStillGetsIn(tx: Tx, org: OrgContext, before: StoredPolicy, after: Policy) {
  if (!ipAllowed(org.request.ip, after.ipAllowlist))
    throw new AppError("invalid", ORGANIZATION_MESSAGES.ownAddressNotAllowed(org.request.ip));
  if (!after.ssoRequired || before.ssoRequired) return;
  if (!before.ssoConnection?.enabled) throw new AppError("conflict", ORGANIZATION_MESSAGES.ssoNotEnabled);
  const own = await tx.ssoIdentity.count({
    where: { userId: org.actor.userId, tenantId: before.ssoConnection.tenantId },
  });
  if (own === 0) throw new AppError("conflict", ORGANIZATION_MESSAGES.ownMicrosoftAccountFirst);
}
