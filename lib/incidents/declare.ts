import "server-only";
// Declaring a personal-data breach (GDPR.md B1). In one transaction: the determination is set and
// every affected organisation gets exactly one notification whose deadline is awareness + that
// organisation's contractual window (the provider default when it has none). The severity score is
// never consulted. Idempotent: declaring again creates only what is missing (e.g. an organisation
// added since); concurrent declarations are serialised by a row lock on the incident.
import { recordAuditBatch } from "../audit/record-batch.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { PROVIDER_SETTINGS_ID } from "../provider/settings-id.ts";
import { organizationIdsUsingSystems } from "../systems/data-systems.ts";
import { deadlineFrom } from "./deadline.ts";
import { lockIncident } from "./incident-lock.ts";
import { INCIDENT_MESSAGES } from "./messages.ts";
import { auditProvider, authorizeBreachManager, type AuditContext } from "./register/audit.ts";
import type { DeclareInput } from "./register/input.ts";

const FALLBACK_WINDOW_HOURS = 36;

export type CreatedNotification = { organizationId: string; windowHours: number; deadlineAt: Date };
/** `created` is empty when every affected organisation already had its notification. */
export type DeclareResult = { reference: string; created: CreatedNotification[]; totalNotifications: number };

async function defaultWindowHours(tx: Tx): Promise<number> {
  const settings = await tx.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { defaultBreachNotificationHours: true },
  });
  return settings?.defaultBreachNotificationHours ?? FALLBACK_WINDOW_HOURS;
}

/**
 * Creates the notification of every affected organisation that has none yet (caller holds the
 * incident lock and has checked the incident is a declared breach). Audited in each organisation's chain.
 */
export async function createMissingNotifications(
  tx: Tx,
  ctx: AuditContext,
  incident: { id: string; reference: string; awareAt: Date },
): Promise<CreatedNotification[]> {
  const missing = await tx.incidentOrganization.findMany({
    where: {
      incidentId: incident.id,
      organization: { notifications: { none: { incidentId: incident.id } } },
    },
    select: { organization: { select: { id: true, breachNotificationHours: true } } },
    orderBy: { organizationId: "asc" },
  });
  if (missing.length === 0) return [];
  const fallback = await defaultWindowHours(tx);
  const created = missing.map(({ organization }) => {
    const windowHours =
      organization.breachNotificationHours > 0 ? organization.breachNotificationHours : fallback;
    return {
      organizationId: organization.id,
      windowHours,
      deadlineAt: deadlineFrom(incident.awareAt, windowHours),
    };
  });
  await tx.incidentNotification.createMany({
    data: created.map((n) => ({ incidentId: incident.id, ...n })),
    skipDuplicates: true,
  });
  const ids = await tx.incidentNotification.findMany({
    where: { incidentId: incident.id, organizationId: { in: created.map((n) => n.organizationId) } },
    select: { id: true, organizationId: true },
  });
  const idOf = new Map(ids.map((n) => [n.organizationId, n.id]));
  await recordAuditBatch(
    tx,
    created.map((n) => ({
      organizationId: n.organizationId,
      actor: ctx.actor,
      action: "breach.notification.created",
      target: { type: "IncidentNotification", id: idOf.get(n.organizationId)! },
      request: ctx.request,
      metadata: {
        incidentId: incident.id,
        reference: incident.reference,
        windowHours: n.windowHours,
        deadlineAt: n.deadlineAt.toISOString(),
      },
    })),
    ctx.clock,
  );
  return created;
}

/**
 * Declares the incident a personal-data breach (breach.manage). `includeSystemOrganizations` also
 * affects every organisation whose data an affected system holds, resolved now. An unknown incident
 * is not found (from the lock).
 */
export async function declareBreach(ctx: Context, input: DeclareInput): Promise<DeclareResult> {
  const audit = await authorizeBreachManager(ctx);
  const incidentId = input.id;
  const organizations = await db.incidentOrganization.count({ where: { incidentId } });
  // Audit appends run one per organisation: allow the transaction time for large fan-outs.
  const timeout = 30_000 + organizations * 25;
  return db.$transaction(
    async (tx) => {
      await lockIncident(tx, incidentId);
      const incident = await tx.incident.findUniqueOrThrow({
        where: { id: incidentId },
        select: {
          id: true,
          reference: true,
          awareAt: true,
          determination: true,
          determinationReason: true,
          systems: { select: { dataSystemId: true } },
        },
      });
      if (input.includeSystemOrganizations) {
        const viaSystems = await organizationIdsUsingSystems(
          tx,
          incident.systems.map((s) => s.dataSystemId),
        );
        await tx.incidentOrganization.createMany({
          data: viaSystems.map((organizationId) => ({ incidentId, organizationId })),
          skipDuplicates: true,
        });
      }
      const affected = await tx.incidentOrganization.count({ where: { incidentId } });
      if (affected === 0) throw new AppError("invalid", INCIDENT_MESSAGES.noAffectedOrganization);
      const firstDeclaration = incident.determination !== "PERSONAL_DATA_BREACH";
      const reason = input.reason.trim();
      if (firstDeclaration || (reason && reason !== incident.determinationReason)) {
        await tx.incident.update({
          where: { id: incidentId },
          data: {
            determination: "PERSONAL_DATA_BREACH",
            determinationReason: reason || (firstDeclaration ? "" : incident.determinationReason),
            ...(firstDeclaration
              ? { determinedAt: ctx.clock.now(), determinedById: audit.actor.userId }
              : {}),
          },
        });
      }
      const created = await createMissingNotifications(tx, audit, incident);
      if (firstDeclaration || created.length > 0) {
        await auditProvider(tx, audit, "breach.incident.declared", incidentId, {
          reference: incident.reference,
          previousDetermination: incident.determination,
          includeSystemOrganizations: input.includeSystemOrganizations,
          notificationsCreated: created.length,
          affectedOrganizations: affected,
        });
      }
      const totalNotifications = await tx.incidentNotification.count({ where: { incidentId } });
      return { reference: incident.reference, created, totalNotifications };
    },
    { maxWait: 15_000, timeout },
  );
}
