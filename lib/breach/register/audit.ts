import "server-only";
// Audit of the breach register. Every step goes to the provider chain (`breach.incident.*`); once an
// incident has notifications, steps concerning it also go to each affected organisation's chain, with
// metadata about the incident only, never naming another organisation.
import { recordAuditBatch } from "../../audit/record-batch.ts";
import { recordAudit, type RequestMeta } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

/** Who acts: a staff member (or the system for jobs); an Actor from lib/auth fits. */
export type BreachActor = { userId: string | null; email: string };

export type AuditContext = { actor: BreachActor; request?: RequestMeta; clock: Clock };

export async function auditProvider(tx: Tx, ctx: AuditContext, action: string, incidentId: string, metadata: Record<string, unknown>) {
  await recordAudit(
    { organizationId: null, actor: { userId: ctx.actor.userId, label: ctx.actor.email }, action, target: { type: "Incident", id: incidentId }, request: ctx.request, metadata },
    { tx, clock: ctx.clock },
  );
}

export async function auditOrganization(
  tx: Tx,
  ctx: AuditContext,
  organizationId: string,
  action: string,
  target: { type: string; id: string },
  metadata: Record<string, unknown>,
) {
  await recordAudit(
    { organizationId, actor: { userId: ctx.actor.userId, label: ctx.actor.email }, action, target, request: ctx.request, metadata },
    { tx, clock: ctx.clock },
  );
}

/** Provider chain always; the chain of every organisation already notified of the incident too. */
export async function auditIncidentStep(tx: Tx, ctx: AuditContext, action: string, incidentId: string, metadata: Record<string, unknown>) {
  await auditProvider(tx, ctx, action, incidentId, metadata);
  const notified = await tx.incidentNotification.findMany({ where: { incidentId }, select: { organizationId: true }, orderBy: { organizationId: "asc" } });
  const actor = { userId: ctx.actor.userId, label: ctx.actor.email };
  await recordAuditBatch(
    tx,
    notified.map(({ organizationId }) => ({ organizationId, actor, action, target: { type: "Incident", id: incidentId }, request: ctx.request, metadata })),
    ctx.clock,
  );
}
