import "server-only";
// An organisation's Microsoft Entra ID connection, configured by its owners and admins (S11): tenant,
// client id, client secret (write-only: sealed at rest, never sent back to the browser; left empty on
// update it is kept), allowed email domains (each domain belongs to at most one connection), the role
// just-in-time members get (never OWNER) and whether it is enabled. Every save is audited (S17).
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { seal } from "../../crypto/secret-box.ts";
import { db } from "../../db/client.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { requireOrgBySlug } from "../authorization/authorize.ts";
import { currentRequest } from "../sessions/actor.ts";
import { UserFacingError } from "../../errors.ts";
import { domainListField, emailDomain } from "./domains.ts";
import { clientSecretContext, ssoRedirectUri } from "./msal.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const guidField = (label: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      GUID,
      `${label} is a GUID like 00000000-0000-0000-0000-000000000000 (Entra admin centre, app registration overview).`,
    );

/** Roles a just-in-time member may get: anything but OWNER. */
export const JIT_ROLES = [
  "ADMIN",
  "PRIVACY_OFFICER",
  "MEMBER",
  "AUDITOR",
] as const satisfies readonly CustomerRole[];

export const ssoConnectionInput = z.strictObject({
  slug: z.string().min(1).max(100),
  tenantId: guidField("The tenant ID"),
  clientId: guidField("The client ID"),
  /** Empty: keep the stored secret. */
  clientSecret: z.string().max(1024).optional().default(""),
  allowedDomains: domainListField,
  defaultRole: z.enum(JIT_ROLES, { error: "Choose the role new members get." }),
  /** An HTML checkbox: present ("on") when ticked. */
  enabled: z.literal("on").optional(),
});
export type SsoConnectionValues = z.output<typeof ssoConnectionInput>;

export type SsoSettings = {
  redirectUri: string;
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

export async function getSsoSettings(slug: string): Promise<SsoSettings> {
  const ctx = await requireOrgBySlug(slug, "org.sso.manage");
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

const TRACKED = ["tenantId", "clientId", "allowedDomains", "defaultRole", "enabled"] as const;

/** Creates or updates the organisation's connection; `input` is ssoConnectionInput's parsed output. */
export async function saveSsoConnection(
  input: SsoConnectionValues,
  clock: Clock = systemClock,
): Promise<{ saved: true; created: boolean }> {
  const ctx = await requireOrgBySlug(input.slug, "org.sso.manage");
  const request = await currentRequest();
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
    const taken = await tx.ssoConnection.findFirst({
      where: {
        organizationId: { not: ctx.organizationId },
        allowedDomains: { hasSome: next.allowedDomains },
      },
      select: { allowedDomains: true },
    });
    if (taken) {
      const clash = next.allowedDomains.filter((d) => taken.allowedDomains.includes(d));
      throw new UserFacingError(
        `${clash.join(", ")} ${clash.length === 1 ? "is" : "are"} already used by another organisation's Microsoft sign-in.`,
      );
    }
    const existing = await tx.ssoConnection.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { tenantId: true, clientId: true, allowedDomains: true, defaultRole: true, enabled: true },
    });
    if (!existing && !clientSecret)
      throw new UserFacingError("Enter the client secret of the app registration.");
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
        request,
        metadata: { created: !existing, changed, ...next },
      },
      { tx, clock },
    );
    return { saved: true as const, created: !existing };
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
