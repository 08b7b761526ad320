import "server-only";
// Audit of the breach register. Every step goes to the provider chain (`breach.incident.*`); once an
// incident has notifications, steps concerning it also go to each affected organisation's chain, with
// metadata about the incident only, never naming another organisation.
import { recordAuditBatch } from "../../audit/record-batch.ts";
import { recordAudit, userActor, type AuditActor, type RequestMeta } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

/** Who acts (a staff member, or SYSTEM_ACTOR for jobs), from where, and the clock of the step. */
export type AuditContext = { actor: AuditActor; request?: RequestMeta; clock: Clock };

/** A register change: the staff member must hold breach.manage. */
export async function breachManagerContext(clock: Clock): Promise<AuditContext> {
  const actor = await requireStaff("breach.manage");
  return { actor: userActor(actor), request: await currentRequest(), clock };
}

export async function auditProvider(
  tx: Tx,
  ctx: AuditContext,
  action: string,
  incidentId: string,
  metadata: Record<string, unknown>,
) {
  await recordAudit(
    {
      organizationId: null,
      actor: ctx.actor,
      action,
      target: { type: "Incident", id: incidentId },
      request: ctx.request,
      metadata,
    },
    { tx, clock: ctx.clock },
  );
}

/**
 * Provider chain always; the chain of every organisation already notified of the incident too, with
 * `organizationMetadata` when the provider's record names more than an organisation may see.
 */
export async function auditIncidentStep(
  tx: Tx,
  ctx: AuditContext,
  action: string,
  incidentId: string,
  metadata: Record<string, unknown>,
  organizationMetadata: Record<string, unknown> = metadata,
) {
  await auditProvider(tx, ctx, action, incidentId, metadata);
  const notified = await tx.incidentNotification.findMany({
    where: { incidentId },
    select: { organizationId: true },
    orderBy: { organizationId: "asc" },
  });
  await recordAuditBatch(
    tx,
    notified.map(({ organizationId }) => ({
      organizationId,
      actor: ctx.actor,
      action,
      target: { type: "Incident", id: incidentId },
      request: ctx.request,
      metadata: organizationMetadata,
    })),
    ctx.clock,
  );
}
