import "server-only";
// Accepting the current DPA version for an organisation (GDPR.md D3; ADR 0029): its OWNER or ADMIN, or a
// member they named as signatory, who read the text (its SHA-256 came with the form, so what was read is
// what is accepted: a version published meanwhile is refused), typed their name and title and confirmed.
// The acceptance is an immutable row — who (account, email, name and title typed), organisation, version,
// the text's SHA-256, time, IP address and user agent — audited in the organisation's and the provider's
// chains in the same transaction. An organisation bound by a negotiated DPA has nothing to accept.
import { z } from "zod";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import {
  authorizeOrgBySlug,
  requireOpenOrganization,
  requireOrgPermission,
  type OrgContext,
} from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { localizedSchema } from "../i18n/localized-schema.ts";
import { singleLineText } from "../text/single-line.ts";
import { BINDING_LOCALE } from "./current-version.ts";
import { DPA_MESSAGES as M } from "./messages.ts";
import { organizationDpaStatus } from "./status.ts";

export const acceptDpaInput = localizedSchema((t, locale) =>
  z.strictObject({
    slug: z.string().min(1).max(100),
    versionId: z.string().min(1).max(64),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    signatoryName: singleLineText({ max: 120, label: "your name", required: t(M.nameRequired), locale }),
    signatoryTitle: singleLineText({ max: 120, label: "your title", required: t(M.titleRequired), locale }),
    confirm: z.literal("yes", { error: t(M.confirmRequired) }),
  }),
);
export type AcceptDpaInput = z.output<ReturnType<typeof acceptDpaInput>>;

/** May this caller accept for the organisation: OWNER/ADMIN, or a named signatory (a person, never an API key). */
export async function mayAcceptDpa(org: OrgContext): Promise<boolean> {
  if (org.actor.apiKey) return false;
  if (customerCan(org.role, "org.dpa.accept")) return true;
  const named = await db.dpaSignatory.findUnique({
    where: { organizationId_userId: { organizationId: org.organizationId, userId: org.actor.userId } },
    select: { id: true },
  });
  return named !== null;
}

export async function acceptDpa(
  ctx: Context,
  input: AcceptDpaInput,
): Promise<{ acceptanceId: string; version: number }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.view");
  if (!(await mayAcceptDpa(org))) await requireOrgPermission(org, "org.dpa.accept", M.notSignatory);
  // Its contract is ending: a closing organisation accepts no new DPA version.
  await requireOpenOrganization(org, "org.dpa.accept");
  return db.$transaction(async (tx) => {
    // One acceptance at a time per organisation: two signatories confirming together record one.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`dpa-acceptance:${org.organizationId}`}, 0))`;
    const now = ctx.clock.now();
    const status = await organizationDpaStatus(tx, org.organizationId, now);
    if (status.state === "negotiated") throw new AppError("conflict", M.negotiated);
    const current = status.current;
    if (!current) throw new AppError("conflict", M.noVersion);
    if (current.id !== input.versionId || current.contentHash !== input.contentHash)
      throw new AppError("conflict", M.notCurrent);
    if (status.state === "current") throw new AppError("conflict", M.alreadyAccepted(current.version));
    const acceptance = await tx.dpaAcceptance.create({
      data: {
        organizationId: org.organizationId,
        organizationName: org.name,
        organizationSlug: org.slug,
        versionId: current.id,
        version: current.version,
        locale: BINDING_LOCALE,
        contentHash: current.contentHash,
        userId: org.actor.userId,
        userEmail: org.actor.email,
        signatoryName: input.signatoryName,
        signatoryTitle: input.signatoryTitle,
        ip: ctx.request.ip,
        userAgent: ctx.request.userAgent?.slice(0, 500) ?? null,
        acceptedAt: now,
      },
      select: { id: true },
    });
    await auditInOrganizationAndProvider(
      tx,
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        request: ctx.request,
        clock: ctx.clock,
      },
      auditEvent("dpa.accepted", {
        organizationId: org.organizationId,
        version: current.version,
        contentHash: current.contentHash,
        signatoryName: input.signatoryName,
        signatoryTitle: input.signatoryTitle,
      }),
      { type: "DpaAcceptance", id: acceptance.id },
    );
    return { acceptanceId: acceptance.id, version: current.version };
  });
}
