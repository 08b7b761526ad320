import "server-only";
// An organisation's OWNER or ADMIN shortens a category's period for their organisation, within the bounds
// staff allow (never longer than the provider's period, never below its minimum), or goes back to the
// provider's period; audited in the organisation's chain.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { OverrideInput } from "./input.ts";
import { RETENTION_MESSAGES } from "./messages.ts";
import { organizationPolicies, perOrganization, policies } from "./policies.ts";

export async function setOverride(
  ctx: Context,
  slug: string,
  input: OverrideInput,
): Promise<{ changed: boolean }> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.retention.manage");
  const policy = (await policies()).find((p) => p.category.key === input.category);
  if (!policy) throw new AppError("invalid", RETENTION_MESSAGES.unknownCategory);
  if (!perOrganization(policy.category)) throw new AppError("invalid", RETENTION_MESSAGES.notPerOrganization);
  // A connected system's category only where that system holds the organisation's data (ADR 0028).
  const own = await organizationPolicies(org.organizationId);
  if (!own.some((p) => p.category.key === policy.category.key))
    throw new AppError("invalid", RETENTION_MESSAGES.unknownCategory);
  if (
    input.periodDays !== null &&
    (input.periodDays > policy.periodDays || input.periodDays < policy.minDays)
  )
    throw new AppError("invalid", RETENTION_MESSAGES.outOfBounds);
  const key = { organizationId: org.organizationId, category: policy.category.key };
  return db.$transaction(async (tx) => {
    const before = await tx.retentionOverride.findUnique({ where: { organizationId_category: key } });
    const previous = before?.periodDays ?? null;
    if (previous === input.periodDays) return { changed: false };
    if (input.periodDays === null)
      await tx.retentionOverride.delete({ where: { organizationId_category: key } });
    else
      await tx.retentionOverride.upsert({
        where: { organizationId_category: key },
        create: { ...key, periodDays: input.periodDays, updatedById: org.actor.userId },
        update: { periodDays: input.periodDays, updatedById: org.actor.userId },
      });
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        action: "retention.override.changed",
        target: { type: "RetentionPolicy", id: policy.category.key },
        request: ctx.request,
        metadata: { category: policy.category.key, periodDays: input.periodDays, previous },
      },
      { tx, clock: ctx.clock },
    );
    return { changed: true };
  });
}
