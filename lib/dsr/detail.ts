import "server-only";
// One request as the controller sees it (org.dsr.view): key facts, the subject's identifiers while the
// request is open, deadlines with their history (A16), one row per task, the timeline from the
// organisation's audit chain, and what the caller may do. Another organisation's id answers not_found
// (S12); so does an unknown one.
import { authorizeOrgBySlug, type OrgContext } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type {
  ConnectorKind,
  DsrDeadlineChangeKind,
  DsrTaskAction,
  DsrTaskStatus,
} from "../generated/prisma/enums.ts";
import { isCancellable } from "./cancellable.ts";
import { openDirectContent, type DirectContent } from "./direct/content.ts";
import { SUMMARY_SELECT, toSummary, type DsrSummary } from "./list.ts";
import { progressFor, progressOf } from "./progress.ts";
import type { DsrDetails, DsrSubject } from "./request-input.ts";
import { OPEN_STATUSES } from "./statuses.ts";
import { openDetails, openSubject } from "./subject.ts";
import { timelineOf, type TimelineEntry } from "./timeline.ts";

export type DsrDeadlineChangeView = {
  kind: DsrDeadlineChangeKind;
  previousDueAt: Date;
  newDueAt: Date;
  reason: string;
  at: Date;
  controllerToldAt: Date | null;
};

export type DsrTaskView = {
  id: string;
  system: string;
  /** How the task reaches its system: signed webhook, or a staff member by hand (MANUAL). */
  connector: ConnectorKind;
  action: DsrTaskAction;
  status: DsrTaskStatus;
  records: number | null;
  fields: string[];
  ground: string | null;
  blockedUntil: Date | null;
  absent: boolean | null;
  completedAt: Date | null;
  updatedAt: Date;
};

export type DsrDetail = DsrSummary & {
  organization: { slug: string; name: string; timeZone: string };
  /** The identifiers while the request is open; null once it closed (only the keyed hash stays). */
  subject: DsrSubject | null;
  details: DsrDetails;
  instructionReference: string;
  note: string;
  filedBy: string | null;
  identityAttestedAt: Date | null;
  instructedAt: Date | null;
  declineReason: string | null;
  closedAt: Date | null;
  /** A forwarded request the controller closed without instructing it. */
  notInstructed: boolean;
  deadlineChanges: DsrDeadlineChangeView[];
  tasks: DsrTaskView[];
  timeline: TimelineEntry[];
  /** What the data subject wrote, for a request that reached the provider directly (A7/A8). */
  forwarded: (DirectContent & { receivedAt: Date }) | null;
  /** Other open requests of the same subject and type. */
  sameSubjectOpen: { id: string; reference: string }[];
  cancellable: boolean;
  canManage: boolean;
};

export const DETAIL_SELECT = {
  ...SUMMARY_SELECT,
  organizationId: true,
  subjectSealed: true,
  subjectHash: true,
  detailsSealed: true,
  instructionReference: true,
  note: true,
  filedById: true,
  identityAttestedAt: true,
  instructedAt: true,
  declineReason: true,
  closedAt: true,
  deadlineChanges: {
    orderBy: { at: "asc" as const },
    select: {
      kind: true,
      previousDueAt: true,
      newDueAt: true,
      reason: true,
      at: true,
      controllerToldAt: true,
    },
  },
  tasks: {
    orderBy: [{ dataSystem: { name: "asc" as const } }, { createdAt: "asc" as const }],
    select: {
      id: true,
      action: true,
      status: true,
      attempts: true,
      lastAttemptAt: true,
      records: true,
      fields: true,
      ground: true,
      blockedUntil: true,
      absent: true,
      completedAt: true,
      updatedAt: true,
      dataSystem: { select: { name: true, connector: true } },
    },
  },
  directRequest: { select: { id: true, contentSealed: true, receivedAt: true } },
} satisfies Prisma.DataSubjectRequestSelect;

/** Loads a request of an organisation for any reader; not_found when it is not theirs. */
export async function loadDetail(
  organizationId: string,
  id: string,
  now: Date,
  timelineChain: string | null,
): Promise<Omit<DsrDetail, "organization" | "canManage">> {
  const row = await db.dataSubjectRequest.findFirst({ where: { id, organizationId }, select: DETAIL_SELECT });
  if (!row) throw new AppError("not_found");
  const progress = await progressOf([row.id]);
  const [filedBy, sameSubjectOpen, timeline] = await Promise.all([
    row.filedById
      ? db.user
          .findUnique({ where: { id: row.filedById }, select: { name: true } })
          .then((u) => u?.name ?? null)
      : Promise.resolve(null),
    db.dataSubjectRequest.findMany({
      where: {
        organizationId,
        type: row.type,
        subjectHash: row.subjectHash,
        status: { in: [...OPEN_STATUSES] },
        id: { not: row.id },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, reference: true },
    }),
    timelineOf(row.id, timelineChain),
  ]);
  return {
    ...toSummary(row, progressFor(progress, row.id), now),
    subject: row.subjectSealed ? openSubject(row.id, row.subjectSealed) : null,
    details: openDetails(row.id, row.detailsSealed),
    instructionReference: row.instructionReference,
    note: row.note,
    filedBy,
    identityAttestedAt: row.identityAttestedAt,
    instructedAt: row.instructedAt,
    declineReason: row.declineReason,
    closedAt: row.closedAt,
    notInstructed: row.status === "CANCELLED" && row.instructedAt === null,
    deadlineChanges: row.deadlineChanges,
    tasks: row.tasks.map(({ dataSystem, attempts: _a, lastAttemptAt: _l, ...task }) => ({
      ...task,
      system: dataSystem.name,
      connector: dataSystem.connector,
    })),
    timeline,
    // What the data subject wrote, like their identifiers, only while the request is open (A15).
    forwarded:
      row.directRequest?.contentSealed && row.subjectSealed
        ? {
            ...openDirectContent(row.directRequest.id, row.directRequest.contentSealed),
            receivedAt: row.directRequest.receivedAt,
          }
        : null,
    sameSubjectOpen,
    cancellable: isCancellable(row.status, row.tasks),
  };
}

export async function organizationHeader(org: OrgContext) {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: { slug: true, name: true, defaultTimeZone: true },
  });
  return { slug: organization.slug, name: organization.name, timeZone: organization.defaultTimeZone };
}

export async function getRequest(ctx: Context, slug: string, id: string): Promise<DsrDetail> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.view");
  const detail = await loadDetail(org.organizationId, id, ctx.clock.now(), org.organizationId);
  return {
    ...detail,
    organization: await organizationHeader(org),
    canManage: customerCan(org.role, "org.dsr.manage"),
  };
}
