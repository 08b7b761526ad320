import "server-only";
// The organisation's requests (org.dsr.view: OWNER, ADMIN, PRIVACY_OFFICER, AUDITOR), newest first,
// filtered by status and type, in pages (a cursor: the last id seen). Never another organisation's: the
// organisation comes from the slug the caller is a member of (S12). The portal list and the controller
// API (dsr-api) read the same DTO.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DsrSource, DsrStatus, DsrType } from "../generated/prisma/enums.ts";
import { DSR_MESSAGES } from "./messages.ts";
import { overdue, progressFor, progressOf, type DsrProgress } from "./progress.ts";

export type DsrSummary = {
  id: string;
  reference: string;
  type: DsrType;
  status: DsrStatus;
  source: DsrSource;
  receivedAt: Date;
  legalDueAt: Date;
  processorDueAt: Date;
  /** The legal due date was extended (A2). */
  extended: boolean;
  legalOverdue: boolean;
  processorOverdue: boolean;
  progress: DsrProgress;
  createdAt: Date;
};

export type DsrListFilters = { status?: DsrStatus; type?: DsrType; limit?: number; cursor?: string };

export type DsrList = {
  organization: { slug: string; name: string; timeZone: string };
  requests: DsrSummary[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
  /** Whether the caller may file, import, cancel and instruct (org.dsr.manage). */
  canManage: boolean;
};

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

export const SUMMARY_SELECT = {
  id: true,
  reference: true,
  type: true,
  status: true,
  source: true,
  receivedAt: true,
  legalDueAt: true,
  processorDueAt: true,
  createdAt: true,
  _count: { select: { deadlineChanges: { where: { kind: "EXTENSION" } } } },
} satisfies Prisma.DataSubjectRequestSelect;

type SummaryRow = Prisma.DataSubjectRequestGetPayload<{ select: typeof SUMMARY_SELECT }>;

export function toSummary(row: SummaryRow, progress: DsrProgress, now: Date): DsrSummary {
  const { _count, ...fields } = row;
  return {
    ...fields,
    extended: _count.deadlineChanges > 0,
    legalOverdue: overdue(row.status, row.legalDueAt, now),
    processorOverdue: overdue(row.status, row.processorDueAt, now),
    progress,
  };
}

export async function listRequests(
  ctx: Context,
  slug: string,
  filters: DsrListFilters = {},
): Promise<DsrList> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.view");
  return {
    ...(await listOrganizationRequests(org.organizationId, filters, ctx.clock.now())),
    canManage: customerCan(org.role, "org.dsr.manage"),
  };
}

/**
 * The list for an organisation the caller was already authorised for (the portal through listRequests; the
 * controller API with its own key check). A cursor must name one of the organisation's requests.
 */
export async function listOrganizationRequests(
  organizationId: string,
  filters: DsrListFilters,
  now: Date,
): Promise<Omit<DsrList, "canManage">> {
  const limit = Math.min(Math.max(filters.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { slug: true, name: true, defaultTimeZone: true },
  });
  const after = filters.cursor ? await cursorRow(organizationId, filters.cursor) : null;
  const rows = await db.dataSubjectRequest.findMany({
    where: {
      organizationId,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.type ? { type: filters.type } : {}),
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: SUMMARY_SELECT,
  });
  const page = rows.slice(0, limit);
  const progress = await progressOf(page.map((r) => r.id));
  return {
    organization: {
      slug: organization.slug,
      name: organization.name,
      timeZone: organization.defaultTimeZone,
    },
    requests: page.map((row) => toSummary(row, progressFor(progress, row.id), now)),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The row a cursor names, only among the organisation's own (a foreign id is not a position to reveal). */
async function cursorRow(organizationId: string, id: string): Promise<{ id: string; createdAt: Date }> {
  const row = await db.dataSubjectRequest.findFirst({
    where: { id, organizationId },
    select: { id: true, createdAt: true },
  });
  if (!row) throw new AppError("not_found", DSR_MESSAGES.unknownCursor);
  return row;
}
