import "server-only";
// Staff assign a request to a colleague who may work requests (dsr.manage: ADMIN or PRIVACY, not
// disabled), or take the assignment away. The provider's own business: audited in its chain only.
import { staffCan } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { auditForProvider, dsrEvent } from "../audit.ts";
import { DSR_MESSAGES } from "../messages.ts";
import { authorizeDsrStaff } from "./authorize.ts";
import type { AssignInput } from "./input.ts";
import { lockedRequest } from "./load.ts";

/** Staff who may be assigned requests, by name. */
export async function assignableStaff(): Promise<{ id: string; name: string; email: string }[]> {
  const users = await db.user.findMany({
    where: { disabledAt: null, staffRoles: { some: {} } },
    select: { id: true, name: true, email: true, staffRoles: { select: { role: true } } },
    orderBy: { name: "asc" },
  });
  return users
    .filter((u) =>
      staffCan(
        u.staffRoles.map((r) => r.role),
        "dsr.manage",
      ),
    )
    .map(({ id, name, email }) => ({ id, name, email }));
}

export async function assignRequest(
  ctx: Context,
  input: AssignInput,
): Promise<{ reference: string; assigneeId: string | null; assigneeName: string | null; changed: boolean }> {
  const { audit } = await authorizeDsrStaff(ctx, "dsr.manage");
  const assigneeId = input.assigneeId === "" ? null : input.assigneeId;
  const assignee = assigneeId ? (await assignableStaff()).find((s) => s.id === assigneeId) : null;
  if (assignee === undefined) throw new AppError("invalid", DSR_MESSAGES.assigneeNotStaff);
  const assigneeName = assignee?.name ?? null;
  return db.$transaction(async (tx) => {
    const request = await lockedRequest(tx, input.id);
    if (request.assigneeId === assigneeId)
      return { reference: request.reference, assigneeId, assigneeName, changed: false };
    await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { assigneeId } });
    await auditForProvider(tx, audit, [
      dsrEvent(
        "dsr.request.assigned",
        { type: "DataSubjectRequest", id: request.id },
        { reference: request.reference, from: request.assigneeId, to: assigneeId },
      ),
    ]);
    return { reference: request.reference, assigneeId, assigneeName, changed: true };
  });
}
