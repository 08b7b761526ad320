import "server-only";
// An organisation's security policies, set by its OWNER or ADMIN: MFA for every member, an IP allow-list
// for the portal, and SSO-only sign-in. Every change is audited in the organisation's chain.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { membersWithoutSsoIdentity } from "../auth/sso/readiness.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
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
  };
}

const checkbox = z
  .enum(["on"])
  .optional()
  .transform((v) => v === "on");

export const securityPolicyInput = z.strictObject({
  slug: z.string().min(1).max(80),
  requireMfa: checkbox,
  ssoRequired: checkbox,
  /** One CIDR range or address per line; blank lines and "#" comments ignored. */
  ipAllowlist: z.string().max(10_000).default(""),
});

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

/** Saves the policies; `changed` is false when the input equals what is stored (nothing is written). */
export async function updateSecurityPolicy(
  ctx: Context,
  input: z.infer<typeof securityPolicyInput>,
): Promise<{ changed: boolean }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.settings.manage");
  const ipAllowlist = parseAllowlist(input.ipAllowlist);
  // Saving a list that excludes the admin's own address would lock them out of this very page.
  if (!ipAllowed(ctx.request.ip, ipAllowlist))
    throw new AppError("invalid", ORGANIZATION_MESSAGES.ownAddressNotAllowed(ctx.request.ip));
  const before = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: {
      requireMfa: true,
      ssoRequired: true,
      ipAllowlist: true,
      ssoConnection: { select: { enabled: true, tenantId: true } },
    },
  });
  if (input.ssoRequired && !before.ssoConnection?.enabled)
    throw new AppError("conflict", ORGANIZATION_MESSAGES.ssoNotEnabled);
  // Password and email-link sign-in stop once SSO is required: an admin without a Microsoft identity in
  // the tenant (SSO never links by email) would lock themselves out.
  if (input.ssoRequired && !before.ssoRequired && before.ssoConnection) {
    const own = await db.ssoIdentity.count({
      where: { userId: org.actor.userId, tenantId: before.ssoConnection.tenantId },
    });
    if (own === 0) throw new AppError("conflict", ORGANIZATION_MESSAGES.ownMicrosoftAccountFirst);
  }
  const after = { requireMfa: input.requireMfa, ssoRequired: input.ssoRequired, ipAllowlist };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (changed.length === 0) return { changed: false };
  await db.$transaction(async (tx) => {
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
  });
  return { changed: true };
}
