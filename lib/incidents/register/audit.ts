import "server-only";
// Audit of the breach register. Every step goes to the provider chain (`breach.incident.*`); once an
// incident has notifications, steps concerning it also go to each affected organisation's chain, with
// metadata about the incident only, never naming another organisation.
import { recordAuditBatch } from "../../audit/record-batch.ts";
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import {
  auditEvent,
  recordAudit,
  userActor,
  type AuditActor,
  type AuditEntry,
  type RequestMeta,
} from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

/** Who acts (a staff member, or SYSTEM_ACTOR for jobs), from where, and the clock of the step. */
export type AuditContext = { actor: AuditActor; request?: RequestMeta; clock: Clock };

/** A register change: the caller must be staff with breach.manage; their audit context. */
export async function authorizeBreachManager(ctx: Context): Promise<AuditContext> {
  const { actor } = await authorizeStaff(ctx, "breach.manage");
  return { actor: userActor(actor), request: ctx.request, clock: ctx.clock };
}

/** The register's events: each carries metadata about the incident only. */
type IncidentAction = Extract<AuditAction, `breach.incident.${string}`>;

function incidentEvent<A extends IncidentAction>(
  ctx: AuditContext,
  action: A,
  incidentId: string,
  metadata: AuditEventMetadata[A],
): AuditEntry {
  return {
    ...auditEvent(action, metadata),
    actor: ctx.actor,
    target: { type: "Incident", id: incidentId },
    request: ctx.request,
  };
}

export async function auditProvider<A extends IncidentAction>(
  tx: Tx,
  ctx: AuditContext,
  action: A,
  incidentId: string,
  metadata: AuditEventMetadata[A],
) {
  await recordAudit(
    { ...incidentEvent(ctx, action, incidentId, metadata), organizationId: null },
    { tx, clock: ctx.clock },
  );
}

/**
 * Provider chain always; the chain of every organisation already notified of the incident too, with
 * `organizationMetadata` when the provider's record names more than an organisation may see.
 */
export async function auditIncidentStep<A extends IncidentAction>(
  tx: Tx,
  ctx: AuditContext,
  action: A,
  incidentId: string,
  metadata: AuditEventMetadata[A],
  organizationMetadata: AuditEventMetadata[A] = metadata,
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
      ...incidentEvent(ctx, action, incidentId, organizationMetadata),
      organizationId,
    })),
    ctx.clock,
  );
}
