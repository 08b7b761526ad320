import "server-only";
// An organisation's Microsoft Entra ID connection, configured by its owners and admins (S11): tenant,
// client id, client secret (write-only: sealed at rest, never sent back to the browser; left empty on
// update it is kept), the email domains it asks for (claims that staff approve before they route any
// sign-in: lib/auth/sso/domain-claims.ts, S27), the role just-in-time members get (never OWNER) and
// whether it is enabled. Every save is audited (S17). While the organisation requires Microsoft
// sign-in, the connection is the only way in: only an owner changes it, and nobody switches it off or
// moves it to another tenant (S23).
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { seal } from "../../crypto/secret-box.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { authorizeOrgBySlug, requireOrgPermission } from "../authorization/authorize.ts";
import { customerCan } from "../authorization/permissions.ts";
import {
  approvedDomainsOf,
  domainClaimsOf,
  lockDomainClaims,
  syncDomainClaims,
  type DomainClaimView,
} from "./domain-claims.ts";
import { localizedSchema, type LocalizedOutput } from "../../i18n/localized-schema.ts";
import { domainListField, emailDomain } from "./domains.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { clientSecretContext, ssoRedirectUri } from "./msal.ts";
import { lockSignInPolicy } from "./sign-in-policy-lock.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const guidField = (message: string) => z.string().trim().toLowerCase().regex(GUID, message);

/** Roles a just-in-time member may get: anything but OWNER. */
export const JIT_ROLES = [
  "ADMIN",
  "PRIVACY_OFFICER",
  "MEMBER",
  "AUDITOR",
] as const satisfies readonly CustomerRole[];

export const ssoConnectionInput = localizedSchema((t, locale) =>
  z.strictObject({
    slug: z.string().min(1).max(100),
    tenantId: guidField(t(SSO_MESSAGES.guid("tenant"))),
    clientId: guidField(t(SSO_MESSAGES.guid("client"))),
    /** Empty: keep the stored secret. */
    clientSecret: z.string().max(1024).optional().default(""),
    allowedDomains: domainListField(locale),
    defaultRole: z.enum(JIT_ROLES, { error: t(SSO_MESSAGES.chooseRole) }),
    /** An HTML checkbox: present ("on") when ticked. */
    enabled: z.literal("on").optional(),
  }),
);
export type SsoConnectionValues = LocalizedOutput<typeof ssoConnectionInput>;

export type SsoSettings = {
  redirectUri: string;
  /** The organisation requires Microsoft sign-in: the connection cannot be switched off or re-pointed. */
  requiredForSignIn: boolean;
  /** Whether the viewer may save the connection now (while it is required, only owners may). */
  canChange: boolean;
  connection: {
    tenantId: string;
    clientId: string;
    /** Only whether one is stored; the secret itself never leaves the server. */
    hasClientSecret: boolean;
    /** Every domain the organisation asked for, with its claim's state. */
    domains: DomainClaimView[];
    defaultRole: CustomerRole;
    enabled: boolean;
    updatedAt: Date;
  } | null;
};

export async function getSsoSettings(caller: Context, slug: string): Promise<SsoSettings> {
  const ctx = await authorizeOrgBySlug(caller, slug, "org.sso.manage");
  const requiredForSignIn = await ssoRequiredIn(db, ctx.organizationId);
  const row = await db.ssoConnection.findUnique({
    where: { organizationId: ctx.organizationId },
    select: {
      tenantId: true,
      clientId: true,
      clientSecretEnc: true,
      defaultRole: true,
      enabled: true,
      updatedAt: true,
    },
  });
  return {
    redirectUri: ssoRedirectUri(),
    requiredForSignIn,
    canChange: !requiredForSignIn || customerCan(ctx.role, "org.access.restrict"),
    connection: row && {
      tenantId: row.tenantId,
      clientId: row.clientId,
      hasClientSecret: row.clientSecretEnc.length > 0,
      domains: await domainClaimsOf(ctx.organizationId),
      defaultRole: row.defaultRole,
      enabled: row.enabled,
      updatedAt: row.updatedAt,
    },
  };
}

async function ssoRequiredIn(client: Tx, organizationId: string): Promise<boolean> {
  const org = await client.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { ssoRequired: true },
  });
  return org.ssoRequired;
}

const TRACKED = ["tenantId", "clientId", "allowedDomains", "defaultRole", "enabled"] as const;

/**
 * Creates or updates the organisation's connection; `input` is ssoConnectionInput's parsed output.
 * `requested`: the domains newly asked for, which wait for staff approval.
 */
export async function saveSsoConnection(
  caller: Context,
  input: SsoConnectionValues,
): Promise<{ created: boolean; changed: string[]; requested: string[] }> {
  const ctx = await authorizeOrgBySlug(caller, input.slug, "org.sso.manage");
  const clientSecret = input.clientSecret.trim();
  const settings = {
    tenantId: input.tenantId,
    clientId: input.clientId,
    defaultRole: input.defaultRole,
    enabled: input.enabled === "on",
  };
  const next = { ...settings, allowedDomains: input.allowedDomains };

  return db.$transaction(async (tx) => {
    // One writer of domain claims at a time (staff decisions take the same lock).
    await lockDomainClaims(tx);
    await lockSignInPolicy(tx, ctx.organizationId);
    const required = await ssoRequiredIn(tx, ctx.organizationId);
    if (required)
      await requireOrgPermission(ctx, "org.access.restrict", SSO_MESSAGES.ownersDecideWhileRequired);
    const existing = await tx.ssoConnection.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { tenantId: true, clientId: true, defaultRole: true, enabled: true },
    });
    if (!existing && !clientSecret) throw new AppError("invalid", SSO_MESSAGES.clientSecretRequired);
    if (required && existing && (!next.enabled || next.tenantId !== existing.tenantId))
      throw new AppError("conflict", SSO_MESSAGES.turnOffRequirementFirst);
    const claimed = (
      await tx.ssoDomainClaim.findMany({
        where: { organizationId: ctx.organizationId },
        select: { domain: true },
        orderBy: { domain: "asc" },
      })
    ).map((c) => c.domain);
    const before = existing && { ...existing, allowedDomains: claimed };
    const { requested } = await syncDomainClaims(tx, ctx, next.allowedDomains);
    const clientSecretEnc = clientSecret
      ? seal(clientSecret, clientSecretContext(ctx.organizationId))
      : undefined;
    const changed: string[] = before
      ? TRACKED.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(next[field]))
      : [...TRACKED];
    if (clientSecretEnc) changed.push("clientSecret");

    const row = existing
      ? await tx.ssoConnection.update({
          where: { organizationId: ctx.organizationId },
          data: { ...settings, ...(clientSecretEnc && { clientSecretEnc }) },
          select: { id: true },
        })
      : await tx.ssoConnection.create({
          data: { ...settings, organizationId: ctx.organizationId, clientSecretEnc: clientSecretEnc! },
          select: { id: true },
        });
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "sso.connection.saved",
        target: { type: "SsoConnection", id: row.id },
        request: ctx.request,
        metadata: { created: !existing, changed, ...next },
      },
      { tx, clock: ctx.clock },
    );
    return { created: !existing, changed, requested };
  });
}

export type SsoConnectionForSignIn = {
  id: string;
  organizationId: string;
  tenantId: string;
  clientId: string;
  clientSecretEnc: string;
  /** The domains staff approved for this organisation: the only ones that admit just-in-time members. */
  approvedDomains: string[];
  defaultRole: CustomerRole;
};

const SIGN_IN_SELECT = {
  id: true,
  organizationId: true,
  tenantId: true,
  clientId: true,
  clientSecretEnc: true,
  defaultRole: true,
} as const;

/** The enabled connection whose organisation holds the approved claim on this email's domain (home-realm discovery). */
export async function connectionForEmail(email: string): Promise<SsoConnectionForSignIn | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  const claim = await db.ssoDomainClaim.findFirst({
    where: { domain, status: "APPROVED", organization: { ssoConnection: { enabled: true } } },
    select: { organizationId: true },
  });
  return claim && enabledConnectionOf(claim.organizationId);
}

/** Whether the sign-in page should offer Microsoft sign-in for this email (domain only, never the account: S3). */
export async function ssoOfferedFor(email: string): Promise<boolean> {
  const domain = emailDomain(email);
  return (
    domain !== null &&
    (await db.ssoDomainClaim.count({
      where: { domain, status: "APPROVED", organization: { ssoConnection: { enabled: true } } },
    })) > 0
  );
}

/** The organisation's connection if it is (still) enabled. */
export async function enabledConnectionOf(organizationId: string): Promise<SsoConnectionForSignIn | null> {
  const row = await db.ssoConnection.findFirst({
    where: { organizationId, enabled: true },
    select: SIGN_IN_SELECT,
  });
  return row && { ...row, approvedDomains: await approvedDomainsOf(db, organizationId) };
}
