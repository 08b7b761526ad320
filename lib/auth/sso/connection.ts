import "server-only";
// An organisation's Microsoft Entra ID connection, configured by its owners and admins (S11): tenant,
// client id, client secret (write-only: sealed at rest, never sent back to the browser; left empty on
// update it is kept), allowed email domains (each domain belongs to at most one connection), the role
// just-in-time members get (never OWNER) and whether it is enabled. Every save is audited (S17).
// While the organisation requires Microsoft sign-in, the connection is the only way in: only an owner
// changes it, and nobody switches it off or moves it to another tenant (S23).
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { seal } from "../../crypto/secret-box.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { authorizeOrgBySlug, requireOrgPermission } from "../authorization/authorize.ts";
import { customerCan } from "../authorization/permissions.ts";
import { domainListField, emailDomain } from "./domains.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { clientSecretContext, ssoRedirectUri } from "./msal.ts";
import { lockSignInPolicy } from "./sign-in-policy-lock.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const guidField = (label: string) => z.string().trim().toLowerCase().regex(GUID, SSO_MESSAGES.guid(label));

/** Roles a just-in-time member may get: anything but OWNER. */
export const JIT_ROLES = [
  "ADMIN",
  "PRIVACY_OFFICER",
  "MEMBER",
  "AUDITOR",
] as const satisfies readonly CustomerRole[];

export const ssoConnectionInput = z.strictObject({
  slug: z.string().min(1).max(100),
  tenantId: guidField(SSO_MESSAGES.tenantIdLabel),
  clientId: guidField(SSO_MESSAGES.clientIdLabel),
  /** Empty: keep the stored secret. */
  clientSecret: z.string().max(1024).optional().default(""),
  allowedDomains: domainListField,
  defaultRole: z.enum(JIT_ROLES, { error: SSO_MESSAGES.chooseRole }),
  /** An HTML checkbox: present ("on") when ticked. */
  enabled: z.literal("on").optional(),
});
export type SsoConnectionValues = z.output<typeof ssoConnectionInput>;

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
    allowedDomains: string[];
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
      allowedDomains: true,
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
      allowedDomains: row.allowedDomains,
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

/** Creates or updates the organisation's connection; `input` is ssoConnectionInput's parsed output. */
export async function saveSsoConnection(
  caller: Context,
  input: SsoConnectionValues,
): Promise<{ created: boolean; changed: string[] }> {
  const ctx = await authorizeOrgBySlug(caller, input.slug, "org.sso.manage");
  const clientSecret = input.clientSecret.trim();
  const next = {
    tenantId: input.tenantId,
    clientId: input.clientId,
    allowedDomains: input.allowedDomains,
    defaultRole: input.defaultRole,
    enabled: input.enabled === "on",
  };

  return db.$transaction(async (tx) => {
    // One writer at a time, so two organisations cannot claim the same domain concurrently.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('sso-connection-domains', 0))`;
    await lockSignInPolicy(tx, ctx.organizationId);
    const required = await ssoRequiredIn(tx, ctx.organizationId);
    if (required)
      await requireOrgPermission(ctx, "org.access.restrict", SSO_MESSAGES.ownersDecideWhileRequired);
    const taken = await tx.ssoConnection.findFirst({
      where: {
        organizationId: { not: ctx.organizationId },
        allowedDomains: { hasSome: next.allowedDomains },
      },
      select: { allowedDomains: true },
    });
    if (taken) {
      const clash = next.allowedDomains.filter((d) => taken.allowedDomains.includes(d));
      throw new AppError("conflict", SSO_MESSAGES.domainsTaken(clash));
    }
    const existing = await tx.ssoConnection.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { tenantId: true, clientId: true, allowedDomains: true, defaultRole: true, enabled: true },
    });
    if (!existing && !clientSecret) throw new AppError("invalid", SSO_MESSAGES.clientSecretRequired);
    if (required && existing && (!next.enabled || next.tenantId !== existing.tenantId))
      throw new AppError("conflict", SSO_MESSAGES.turnOffRequirementFirst);
    const clientSecretEnc = clientSecret
      ? seal(clientSecret, clientSecretContext(ctx.organizationId))
      : undefined;
    const changed: string[] = existing
      ? TRACKED.filter((field) => JSON.stringify(existing[field]) !== JSON.stringify(next[field]))
      : [...TRACKED];
    if (clientSecretEnc) changed.push("clientSecret");

    const row = existing
      ? await tx.ssoConnection.update({
          where: { organizationId: ctx.organizationId },
          data: { ...next, ...(clientSecretEnc && { clientSecretEnc }) },
          select: { id: true },
        })
      : await tx.ssoConnection.create({
          data: { ...next, organizationId: ctx.organizationId, clientSecretEnc: clientSecretEnc! },
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
    return { created: !existing, changed };
  });
}

export type SsoConnectionForSignIn = {
  id: string;
  organizationId: string;
  tenantId: string;
  clientId: string;
  clientSecretEnc: string;
  allowedDomains: string[];
  defaultRole: CustomerRole;
};

const SIGN_IN_SELECT = {
  id: true,
  organizationId: true,
  tenantId: true,
  clientId: true,
  clientSecretEnc: true,
  allowedDomains: true,
  defaultRole: true,
} as const;

/** The enabled connection that claims this email's domain (home-realm discovery on the sign-in page). */
export async function connectionForEmail(email: string): Promise<SsoConnectionForSignIn | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  return db.ssoConnection.findFirst({
    where: { enabled: true, allowedDomains: { has: domain } },
    select: SIGN_IN_SELECT,
  });
}

/** Whether the sign-in page should offer Microsoft sign-in for this email (domain only, never the account: S3). */
export async function ssoOfferedFor(email: string): Promise<boolean> {
  const domain = emailDomain(email);
  return (
    domain !== null &&
    (await db.ssoConnection.count({ where: { enabled: true, allowedDomains: { has: domain } } })) > 0
  );
}

/** The organisation's connection if it is (still) enabled. */
export async function enabledConnectionOf(organizationId: string): Promise<SsoConnectionForSignIn | null> {
  return db.ssoConnection.findFirst({ where: { organizationId, enabled: true }, select: SIGN_IN_SELECT });
}
