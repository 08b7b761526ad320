import "server-only";
// One request as staff see it (dsr.view): everything the controller sees (the timeline from the provider's
// chain, so assignment, comments, reminders are in it too), the staff comments, the assignee, and what
// an extension may still reach (A2): the latest date, whether it was extended, whether our own due date
// has passed (A3).
import { staffCan } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { latestDueAt } from "../deadlines.ts";
import { loadDetail, type DsrDetail } from "../detail.ts";
import { organizationDeadlines } from "../policy.ts";
import { assignableStaff } from "./assign.ts";
import { authorizeDsrStaff } from "./authorize.ts";
import { staffNames } from "./queue.ts";

export type StaffDsrDetail = Omit<DsrDetail, "canManage" | "cancellable"> & {
  organization: DsrDetail["organization"] & { id: string; dueOnWorkingDay: boolean; dsrDueDays: number };
  assignee: { id: string; name: string } | null;
  comments: { id: string; author: string; body: string; at: Date }[];
  staff: { id: string; name: string; email: string }[];
  extension: { allowed: boolean; latestDueAt: Date; extendedBefore: boolean; processorOverdue: boolean };
  canManage: boolean;
};

export async function getRequestForStaff(ctx: Context, id: string): Promise<StaffDsrDetail> {
  const { staff } = await authorizeDsrStaff(ctx, "dsr.view");
  const head = await db.dataSubjectRequest.findUnique({
    where: { id },
    select: {
      organizationId: true,
      assigneeId: true,
      organization: { select: { id: true, slug: true, name: true, defaultTimeZone: true, dsrDueDays: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, authorId: true, body: true, createdAt: true },
      },
    },
  });
  if (!head) throw new AppError("not_found");
  const now = ctx.clock.now();
  const { cancellable: _, ...detail } = await loadDetail(head.organizationId, id, now, null);
  const { policy } = await organizationDeadlines(head.organizationId);
  const names = await staffNames([head.assigneeId, ...head.comments.map((c) => c.authorId)]);
  const extendedBefore = detail.deadlineChanges.some((change) => change.kind === "EXTENSION");
  const open = detail.status === "OPEN" || detail.status === "IN_PROGRESS";
  return {
    ...detail,
    organization: {
      id: head.organization.id,
      slug: head.organization.slug,
      name: head.organization.name,
      timeZone: head.organization.defaultTimeZone,
      dueOnWorkingDay: policy.dueOnWorkingDay,
      dsrDueDays: head.organization.dsrDueDays,
    },
    assignee: head.assigneeId
      ? { id: head.assigneeId, name: names.get(head.assigneeId) ?? head.assigneeId }
      : null,
    comments: head.comments.map((c) => ({
      id: c.id,
      author: names.get(c.authorId) ?? "unknown",
      body: c.body,
      at: c.createdAt,
    })),
    staff: await assignableStaff(),
    extension: {
      allowed: open && !extendedBefore && !detail.legalOverdue,
      latestDueAt: latestDueAt(detail.receivedAt, policy),
      extendedBefore,
      processorOverdue: detail.processorOverdue,
    },
    canManage: staffCan(staff.actor.staffRoles, "dsr.manage"),
  };
}
