import "server-only";
// An organisation's security policies, set by its OWNER or ADMIN: MFA for every member, an IP allow-list
// for the portal, and SSO-only sign-in. Every change is audited in the organisation's chain.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { requireOrgBySlug } from "../auth/authorization/authorize.ts";
import { currentRequest } from "../auth/sessions/actor.ts";
import { UserFacingError } from "../errors.ts";
import { membersWithoutSsoIdentity } from "../auth/sso/readiness.ts";
import { db } from "../db/client.ts";
import { ipAllowed, parseCidr } from "../security/ip-allowlist.ts";

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

export async function getSecurityPolicy(slug: string): Promise<SecurityPolicy> {
  const ctx = await requireOrgBySlug(slug, "org.settings.manage");
  const [org, membersWithoutMfa, withoutSso] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: ctx.organizationId },
      select: {
        requireMfa: true,
        ssoRequired: true,
        ipAllowlist: true,
        ssoConnection: { select: { enabled: true, tenantId: true } },
      },
    }),
    db.membership.count({
      where: {
        organizationId: ctx.organizationId,
        user: { OR: [{ credential: null }, { credential: { totpEnabledAt: null } }] },
      },
    }),
    membersWithoutSsoIdentity(ctx.organizationId),
  ]);
  return {
    requireMfa: org.requireMfa,
    ssoRequired: org.ssoRequired,
    ipAllowlist: org.ipAllowlist,
    ssoAvailable: Boolean(org.ssoConnection?.enabled),
    membersWithoutMfa,
    membersWithoutSsoIdentity: withoutSso.count,
    actorHasSsoIdentity: Boolean(org.ssoConnection) && !withoutSso.userIds.includes(ctx.actor.userId),
  };
}

export const OWN_MICROSOFT_ACCOUNT_FIRST =
  "Connect your own Microsoft account first on Account → Two-factor authentication, so you do not lock yourself out.";

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

export function parseAllowlist(text: string): string[] {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => !parseCidr(entry));
  if (invalid.length)
    throw new UserFacingError(
      `Not a valid IP range: ${invalid.slice(0, 3).join(", ")}. Use CIDR notation such as 203.0.113.0/24.`,
    );
  if (entries.length > 200) throw new UserFacingError("At most 200 ranges are allowed.");
  return [...new Set(entries)];
}

export async function updateSecurityPolicy(input: z.infer<typeof securityPolicyInput>): Promise<string> {
  const ctx = await requireOrgBySlug(input.slug, "org.settings.manage");
  const request = await currentRequest();
  const ipAllowlist = parseAllowlist(input.ipAllowlist);
  // Saving a list that excludes the admin's own address would lock them out of this very page.
  if (!ipAllowed(request.ip, ipAllowlist)) {
    throw new UserFacingError(
      `Your current address (${request.ip ?? "unknown"}) is not in the list; add it first so you do not lock yourself out.`,
    );
  }
  const before = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: {
      requireMfa: true,
      ssoRequired: true,
      ipAllowlist: true,
      ssoConnection: { select: { enabled: true, tenantId: true } },
    },
  });
  if (input.ssoRequired && !before.ssoConnection?.enabled) {
    throw new UserFacingError("Set up and enable single sign-on before requiring it.");
  }
  // Password and email-link sign-in stop once SSO is required: an admin without a Microsoft identity in
  // the tenant (SSO never links by email) would lock themselves out.
  if (input.ssoRequired && !before.ssoRequired && before.ssoConnection) {
    const own = await db.ssoIdentity.count({
      where: { userId: ctx.actor.userId, tenantId: before.ssoConnection.tenantId },
    });
    if (own === 0) throw new UserFacingError(OWN_MICROSOFT_ACCOUNT_FIRST);
  }
  const after = { requireMfa: input.requireMfa, ssoRequired: input.ssoRequired, ipAllowlist };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (changed.length === 0) return "Nothing changed.";
  await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: ctx.organizationId }, data: after });
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "org.security_policy.updated",
        target: { type: "Organization", id: ctx.organizationId },
        request,
        metadata: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      },
      { tx },
    );
  });
  return "Security settings saved.";
}
