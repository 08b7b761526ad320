import "server-only";
// Creating, listing and revoking an organisation's API keys (S28; permission org.api.manage: owners and
// admins). The key is returned once, by createApiKey; afterwards only its first characters exist in
// clear. Foreign key ids answer not_found (tenant key in every where).
import { auditEvent, userActor } from "../../audit/record.ts";
import type { ApiScope } from "../../auth/authorization/api-scopes.ts";
import { authorizeOrgBySlug, type OrgContext } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { auditInOrganizationAndProvider } from "../audit.ts";
import type { CreateApiKeyInput } from "./key-input.ts";
import { newApiKey } from "./key-format.ts";
import { API_KEY_MESSAGES } from "./messages.ts";

export type ApiKeySummary = {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const auditWho = (org: OrgContext) => ({
  organizationId: org.organizationId,
  actor: userActor(org.actor),
  request: org.request,
  clock: org.clock,
});

const SUMMARY = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  createdAt: true,
  createdByLabel: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** The organisation's keys, newest first (revoked ones too, marked). */
export async function listApiKeys(ctx: Context, slug: string): Promise<ApiKeySummary[]> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.api.manage");
  const rows = await db.apiKey.findMany({
    where: { organizationId: org.organizationId },
    orderBy: { createdAt: "desc" },
    select: SUMMARY,
  });
  return rows.map(({ createdByLabel, ...row }) => ({ ...row, createdBy: createdByLabel }));
}

/** A new key; `key` is the only time the secret exists outside the caller's hands. */
export async function createApiKey(
  ctx: Context,
  input: CreateApiKeyInput,
): Promise<{ id: string; name: string; scopes: ApiScope[]; prefix: string; key: string }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.api.manage");
  const { key, prefix, secretHash } = newApiKey();
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        organizationId: org.organizationId,
        name: input.name,
        scopes: input.scopes,
        prefix,
        secretHash,
        createdById: org.actor.userId,
        createdByLabel: org.actor.email,
        createdAt: org.clock.now(),
      },
      select: { id: true },
    });
    await auditInOrganizationAndProvider(
      tx,
      auditWho(org),
      auditEvent("api.key.created", {
        name: input.name,
        scopes: input.scopes,
        prefix,
        organizationId: org.organizationId,
      }),
      { type: "ApiKey", id: row.id },
    );
    return row;
  });
  return { id: created.id, name: input.name, scopes: input.scopes, prefix, key };
}

/** Revokes a key at once: its next request answers 401. Revoking twice is a conflict. */
export async function revokeApiKey(
  ctx: Context,
  input: { slug: string; keyId: string },
): Promise<{ name: string; revokedAt: Date }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.api.manage");
  const now = org.clock.now();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: input.keyId, organizationId: org.organizationId },
      select: { id: true, name: true, prefix: true },
    });
    if (!key) throw new AppError("not_found");
    const { count } = await tx.apiKey.updateMany({
      where: { id: key.id, organizationId: org.organizationId, revokedAt: null },
      data: { revokedAt: now, revokedByLabel: org.actor.email },
    });
    if (count === 0) throw new AppError("conflict", API_KEY_MESSAGES.alreadyRevoked);
    await auditInOrganizationAndProvider(
      tx,
      auditWho(org),
      auditEvent("api.key.revoked", {
        name: key.name,
        prefix: key.prefix,
        organizationId: org.organizationId,
      }),
      { type: "ApiKey", id: key.id },
    );
    return { name: key.name, revokedAt: now };
  });
}
