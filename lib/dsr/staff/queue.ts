import "server-only";
// The staff queue (dsr.view): every open request across organisations, the most urgent processor due
// date first (A3), with the organisation, both due dates, the assignee and per-system progress; filtered
// by organisation, status, type and assignee.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { DsrStatus, DsrType } from "../../generated/prisma/enums.ts";
import { SUMMARY_SELECT, toSummary, type DsrSummary } from "../list.ts";
import { progressFor, progressOf } from "../progress.ts";
import { OPEN_STATUSES } from "../statuses.ts";
import { authorizeDsrStaff } from "./authorize.ts";

export type QueueFilters = {
  organizationId?: string;
  status?: DsrStatus;
  type?: DsrType;
  /** "me", "unassigned", or a staff user's id. */
  assignee?: string;
};

export type QueueRow = DsrSummary & {
  organization: { id: string; name: string; slug: string; timeZone: string };
  assignee: { id: string; name: string } | null;
};

export const QUEUE_LIMIT = 500;

export async function listQueue(
  ctx: Context,
  filters: QueueFilters = {},
): Promise<{ rows: QueueRow[]; truncated: boolean }> {
  const { staff } = await authorizeDsrStaff(ctx, "dsr.view");
  const assigneeId =
    filters.assignee === "me"
      ? staff.actor.userId
      : filters.assignee === "unassigned"
        ? null
        : filters.assignee;
  const where: Prisma.DataSubjectRequestWhereInput = {
    status:
      filters.status && (OPEN_STATUSES as readonly string[]).includes(filters.status)
        ? filters.status
        : { in: [...OPEN_STATUSES] },
    ...(filters.organizationId ? { organizationId: filters.organizationId } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.assignee !== undefined && filters.assignee !== "" ? { assigneeId } : {}),
  };
  const found = await db.dataSubjectRequest.findMany({
    where,
    orderBy: [{ processorDueAt: "asc" }, { reference: "asc" }],
    take: QUEUE_LIMIT + 1,
    select: {
      ...SUMMARY_SELECT,
      assigneeId: true,
      organization: { select: { id: true, name: true, slug: true, defaultTimeZone: true } },
    },
  });
  const rows = found.slice(0, QUEUE_LIMIT);
  const progress = await progressOf(rows.map((r) => r.id));
  const assignees = await staffNames(rows.map((r) => r.assigneeId));
  const now = ctx.clock.now();
  return {
    rows: rows.map(({ organization, assigneeId: assigned, ...row }) => ({
      ...toSummary(row, progressFor(progress, row.id), now),
      organization: {
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        timeZone: organization.defaultTimeZone,
      },
      assignee: assigned ? { id: assigned, name: assignees.get(assigned) ?? assigned } : null,
    })),
    truncated: found.length > QUEUE_LIMIT,
  };
}

export async function staffNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The organisations that have open requests (for the queue's filter). */
export async function queueOrganizations(ctx: Context): Promise<{ id: string; name: string }[]> {
  await authorizeDsrStaff(ctx, "dsr.view");
  return db.organization.findMany({
    where: { dataSubjectRequests: { some: { status: { in: [...OPEN_STATUSES] } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
