import "server-only";
// What staff see of the register (breach.view): the list and one incident with everything recorded.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { BreachDetermination, IncidentStatus } from "../../generated/prisma/enums.ts";
import type { SeverityBand } from "../severity.ts";

export type AssessmentView = {
  id: string;
  dpc: number;
  ei: number;
  cbConfidentiality: number;
  cbIntegrity: number;
  cbAvailability: number;
  cbMalicious: boolean;
  score: number;
  band: SeverityBand;
  notes: string;
  assessedAt: Date;
  assessedBy: string | null;
};

export type RegisterRow = {
  id: string;
  reference: string;
  title: string;
  awareAt: Date;
  status: IncidentStatus;
  determination: BreachDetermination;
  latestBand: SeverityBand | null;
  organizationCount: number;
  /** Earliest deadline of a notification that has not reached its organisation (ADR 0016). */
  nextDeadline: Date | null;
};

const assessmentSelect = {
  id: true,
  dpc: true,
  ei: true,
  cbConfidentiality: true,
  cbIntegrity: true,
  cbAvailability: true,
  cbMalicious: true,
  score: true,
  band: true,
  notes: true,
  assessedAt: true,
  assessedById: true,
} as const;

export async function listRegister(ctx: Context): Promise<RegisterRow[]> {
  await authorizeStaff(ctx, "breach.view");
  const incidents = await db.incident.findMany({
    orderBy: { awareAt: "desc" },
    select: {
      id: true,
      reference: true,
      title: true,
      awareAt: true,
      status: true,
      determination: true,
      assessments: { orderBy: { assessedAt: "desc" }, take: 1, select: { band: true } },
      notifications: {
        where: { firstDeliveredAt: null, acknowledgedAt: null },
        orderBy: { deadlineAt: "asc" },
        take: 1,
        select: { deadlineAt: true },
      },
      _count: { select: { organizations: true } },
    },
  });
  return incidents.map(({ assessments, notifications, _count, ...incident }) => ({
    ...incident,
    latestBand: (assessments[0]?.band as SeverityBand | undefined) ?? null,
    organizationCount: _count.organizations,
    nextDeadline: notifications[0]?.deadlineAt ?? null,
  }));
}

export type IncidentDetail = Awaited<ReturnType<typeof loadIncident>>;

async function loadIncident(id: string) {
  const incident = await db.incident.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      title: true,
      description: true,
      detectedAt: true,
      awareAt: true,
      dataCategories: true,
      status: true,
      determination: true,
      determinationReason: true,
      determinedAt: true,
      determinedById: true,
      closedAt: true,
      createdAt: true,
      highRisk: true,
      dataSubjectText: true,
      art34Exemption: true,
      art34Justification: true,
      systems: {
        select: { dataSystem: { select: { id: true, key: true, name: true } } },
        orderBy: { dataSystem: { name: "asc" } },
      },
      organizations: {
        select: {
          addedAt: true,
          organization: { select: { id: true, slug: true, name: true, breachNotificationHours: true } },
        },
        orderBy: { organization: { name: "asc" } },
      },
      assessments: { orderBy: { assessedAt: "desc" }, select: assessmentSelect },
      notifications: {
        orderBy: { deadlineAt: "asc" },
        select: {
          id: true,
          organizationId: true,
          windowHours: true,
          deadlineAt: true,
          firstSentAt: true,
          firstDeliveredAt: true,
          acknowledgedAt: true,
          organization: { select: { name: true } },
        },
      },
    },
  });
  if (!incident) throw new AppError("not_found");
  const userIds = [
    ...new Set(
      [incident.determinedById, ...incident.assessments.map((a) => a.assessedById)].filter((v): v is string =>
        Boolean(v),
      ),
    ),
  ];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } });
  const emailOf = (userId: string | null) => users.find((u) => u.id === userId)?.email ?? null;
  return {
    ...incident,
    determinedBy: emailOf(incident.determinedById),
    assessments: incident.assessments.map(({ assessedById, band, ...a }) => ({
      ...a,
      band: band as SeverityBand,
      assessedBy: emailOf(assessedById),
    })),
  };
}

export async function getIncidentForStaff(ctx: Context, id: string) {
  await authorizeStaff(ctx, "breach.view");
  return loadIncident(id);
}

/** Organisations a declaration with "all organisations using an affected system" would add now. */
export async function organizationsReachedThroughSystems(
  ctx: Context,
  incidentId: string,
): Promise<{ id: string; name: string }[]> {
  await authorizeStaff(ctx, "breach.view");
  return db.organization.findMany({
    where: { systems: { some: { dataSystem: { incidents: { some: { incidentId } } } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
