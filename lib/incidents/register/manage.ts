import "server-only";
// Staff keep the breach register (breach.manage): record incidents, edit them while open, change
// their status, and record a negative determination with its reasoning (B5). Every step is audited
// in the provider chain and, once organisations are notified, in theirs (./audit.ts).
import type { Context } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { IncidentStatus } from "../../generated/prisma/enums.ts";
import type { Clock } from "../../time/clock.ts";
import { createMissingNotifications } from "../declare.ts";
import { lockIncident } from "../incident-lock.ts";
import { auditIncidentStep, auditProvider, authorizeBreachManager } from "./audit.ts";
import type {
  DeterminationInput,
  IncidentStatusInput,
  IncidentUpdateInput,
  NewIncidentInput,
} from "./input.ts";
import { REGISTER_MESSAGES } from "./messages.ts";
import { nextIncidentReference } from "./reference.ts";

/** What an edit did: `changed` is false when the form equals what is stored (nothing is written). */
export type IncidentUpdateResult = { reference: string; changed: boolean; notificationsCreated: number };
export type IncidentStatusResult = { reference: string; changed: boolean; status: IncidentStatus };
export type DeterminationResult = {
  reference: string;
  changed: boolean;
  determination: DeterminationInput["determination"];
};

function assertNotInFuture(awareAt: Date, clock: Clock) {
  if (awareAt.getTime() > clock.now().getTime() + 60_000)
    throw new AppError("invalid", REGISTER_MESSAGES.awarenessInFuture);
}

/** Every chosen system and organisation must exist. */
async function assertKnown(tx: Tx, systemIds: string[], organizationIds: string[]) {
  const systems = await tx.dataSystem.count({ where: { id: { in: systemIds } } });
  if (systems !== systemIds.length) throw new AppError("conflict", REGISTER_MESSAGES.unknownSystem);
  const organizations = await tx.organization.count({ where: { id: { in: organizationIds } } });
  if (organizations !== organizationIds.length)
    throw new AppError("conflict", REGISTER_MESSAGES.unknownOrganization);
}

export async function createIncident(
  ctx: Context,
  input: NewIncidentInput,
): Promise<{ id: string; reference: string }> {
  const audit = await authorizeBreachManager(ctx);
  const { clock } = ctx;
  assertNotInFuture(input.awareAt, clock);
  return db.$transaction(async (tx) => {
    await assertKnown(tx, input.systemIds, input.organizationIds);
    const reference = await nextIncidentReference(tx, clock.now());
    const incident = await tx.incident.create({
      data: {
        reference,
        title: input.title,
        description: input.description,
        detectedAt: input.detectedAt,
        awareAt: input.awareAt,
        dataCategories: input.dataCategories,
        status: input.status,
        closedAt: input.status === "CLOSED" ? clock.now() : null,
        createdById: audit.actor.userId,
        systems: { create: input.systemIds.map((dataSystemId) => ({ dataSystemId })) },
        organizations: {
          create: input.organizationIds.map((organizationId) => ({ organizationId, addedAt: clock.now() })),
        },
      },
      select: { id: true, reference: true },
    });
    await auditProvider(tx, audit, "breach.incident.created", incident.id, {
      reference,
      title: input.title,
      status: input.status,
      detectedAt: input.detectedAt.toISOString(),
      awareAt: input.awareAt.toISOString(),
      dataCategories: input.dataCategories,
      systemIds: input.systemIds,
      organizationIds: input.organizationIds,
    });
    return incident;
  });
}

function listChange(before: string[], after: string[]) {
  return {
    added: after.filter((id) => !before.includes(id)),
    removed: before.filter((id) => !after.includes(id)),
  };
}

/** Edits an open incident. Once declared, a newly added organisation gets its notification at once. */
export async function updateIncident(
  ctx: Context,
  input: IncidentUpdateInput,
): Promise<IncidentUpdateResult> {
  const audit = await authorizeBreachManager(ctx);
  const { clock } = ctx;
  assertNotInFuture(input.awareAt, clock);
  return db.$transaction(async (tx) => {
    await lockIncident(tx, input.id);
    const before = await tx.incident.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        reference: true,
        title: true,
        description: true,
        detectedAt: true,
        awareAt: true,
        dataCategories: true,
        status: true,
        determination: true,
        systems: { select: { dataSystemId: true } },
        organizations: { select: { organizationId: true } },
        notifications: { select: { organizationId: true } },
      },
    });
    if (before.status === "CLOSED")
      throw new AppError("conflict", REGISTER_MESSAGES.closed(before.reference));
    await assertKnown(tx, input.systemIds, input.organizationIds);
    const notified = before.notifications.map((n) => n.organizationId);
    if (notified.length > 0 && before.awareAt.getTime() !== input.awareAt.getTime()) {
      throw new AppError("conflict", REGISTER_MESSAGES.awarenessFixed);
    }
    const systems = listChange(
      before.systems.map((s) => s.dataSystemId),
      input.systemIds,
    );
    const organizations = listChange(
      before.organizations.map((o) => o.organizationId),
      input.organizationIds,
    );
    if (organizations.removed.some((id) => notified.includes(id))) {
      throw new AppError("conflict", REGISTER_MESSAGES.notifiedOrganizationStays);
    }
    const fields = {
      title: input.title,
      description: input.description,
      detectedAt: input.detectedAt,
      awareAt: input.awareAt,
      dataCategories: input.dataCategories,
    };
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (key) => JSON.stringify(fields[key]) !== JSON.stringify(before[key]),
    );
    const listsChanged = [systems, organizations].some((c) => c.added.length + c.removed.length > 0);
    if (changed.length === 0 && !listsChanged)
      return { reference: before.reference, changed: false, notificationsCreated: 0 };

    await tx.incident.update({ where: { id: input.id }, data: fields });
    await tx.incidentSystem.deleteMany({
      where: { incidentId: input.id, dataSystemId: { in: systems.removed } },
    });
    await tx.incidentSystem.createMany({
      data: systems.added.map((dataSystemId) => ({ incidentId: input.id, dataSystemId })),
    });
    await tx.incidentOrganization.deleteMany({
      where: { incidentId: input.id, organizationId: { in: organizations.removed } },
    });
    await tx.incidentOrganization.createMany({
      data: organizations.added.map((organizationId) => ({
        incidentId: input.id,
        organizationId,
        addedAt: clock.now(),
      })),
    });

    // The provider chain names the organisations; their own chains only hear about the incident.
    await auditIncidentStep(
      tx,
      audit,
      "breach.incident.updated",
      input.id,
      { reference: before.reference, changed, systems, organizations },
      { reference: before.reference, changed },
    );
    const created =
      before.determination === "PERSONAL_DATA_BREACH"
        ? await createMissingNotifications(tx, audit, {
            id: input.id,
            reference: before.reference,
            awareAt: input.awareAt,
          })
        : [];
    return { reference: before.reference, changed: true, notificationsCreated: created.length };
  });
}

export async function changeIncidentStatus(
  ctx: Context,
  input: IncidentStatusInput,
): Promise<IncidentStatusResult> {
  const audit = await authorizeBreachManager(ctx);
  return db.$transaction(async (tx) => {
    await lockIncident(tx, input.id);
    const before = await tx.incident.findUniqueOrThrow({
      where: { id: input.id },
      select: { reference: true, status: true },
    });
    const result = { reference: before.reference, status: input.status };
    if (before.status === input.status) return { ...result, changed: false };
    await tx.incident.update({
      where: { id: input.id },
      data: { status: input.status, closedAt: input.status === "CLOSED" ? ctx.clock.now() : null },
    });
    await auditIncidentStep(tx, audit, "breach.incident.status_changed", input.id, {
      reference: before.reference,
      from: before.status,
      to: input.status,
    });
    return { ...result, changed: true };
  });
}

/**
 * B5: "not a personal-data breach" or "not notifiable", with the reasoning, kept in the register.
 * Once organisations were notified the breach stands: their notifications are part of the record.
 */
export async function recordDetermination(
  ctx: Context,
  input: DeterminationInput,
): Promise<DeterminationResult> {
  const audit = await authorizeBreachManager(ctx);
  return db.$transaction(async (tx) => {
    await lockIncident(tx, input.id);
    const before = await tx.incident.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        reference: true,
        determination: true,
        determinationReason: true,
        _count: { select: { notifications: true } },
      },
    });
    if (before._count.notifications > 0) {
      throw new AppError("conflict", REGISTER_MESSAGES.determinationStands(before.reference));
    }
    const result = { reference: before.reference, determination: input.determination };
    if (before.determination === input.determination && before.determinationReason === input.reason)
      return { ...result, changed: false };
    await tx.incident.update({
      where: { id: input.id },
      data: {
        determination: input.determination,
        determinationReason: input.reason,
        determinedAt: ctx.clock.now(),
        determinedById: audit.actor.userId,
      },
    });
    await auditProvider(tx, audit, "breach.incident.determined", input.id, {
      reference: before.reference,
      from: before.determination,
      to: input.determination,
      reason: input.reason,
    });
    return { ...result, changed: true };
  });
}
