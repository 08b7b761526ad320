import "server-only";
// Changing a colleague's staff role (S11, S17, S23): to one role the caller may grant (below their own; an
// ADMIN any), on an account they may manage (ranked below them; an ADMIN every other one), never their own,
// and never so that no active ADMIN is left. Roles are read from the database on every request
// (lib/auth/sessions/actor.ts), so the change applies to the colleague's next request in every session.
import type { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { grantableStaffRoles, mayManageAccount } from "../../auth/authorization/staff-rank.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { StaffRole } from "../../generated/prisma/enums.ts";
import { authorizeManagedAccount } from "../managed-account.ts";
import { ADMIN_MESSAGES } from "../messages.ts";
import { lockStaffRoles } from "./staff-lock.ts";
import type { changeStaffRoleInput } from "./staff-input.ts";

export type ChangeStaffRoleResult =
  | { outcome: "changed"; email: string; oldRoles: StaffRole[]; role: StaffRole }
  | { outcome: "unchanged"; email: string; role: StaffRole };

export async function changeStaffRole(
  ctx: Context,
  input: z.infer<typeof changeStaffRoleInput>,
): Promise<ChangeStaffRoleResult> {
  const { staff, target } = await authorizeManagedAccount(ctx, input.userId, {
    own: ADMIN_MESSAGES.cannotManageOwnAccount,
    notBelow: ADMIN_MESSAGES.accountNotBelowYours,
    allowed: mayManageAccount,
  });
  const { actor } = staff;
  const oldRoles = target.staffRoles;
  if (!grantableStaffRoles(actor.staffRoles).includes(input.role))
    throw new AppError("forbidden", ADMIN_MESSAGES.roleNotGrantable(input.role));
  // Staff roles come with an accepted invitation only: a customer account is not made staff here.
  if (oldRoles.length === 0) throw new AppError("conflict", ADMIN_MESSAGES.notStaff);
  if (oldRoles.length === 1 && oldRoles[0] === input.role)
    return { outcome: "unchanged", email: target.email, role: input.role };

  await db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    if (oldRoles.includes("ADMIN") && input.role !== "ADMIN") {
      const otherAdmins = await tx.staffRoleAssignment.count({
        where: { role: "ADMIN", userId: { not: target.id }, user: { disabledAt: null } },
      });
      if (otherAdmins === 0) throw new AppError("conflict", ADMIN_MESSAGES.lastAdmin);
    }
    await tx.staffRoleAssignment.deleteMany({ where: { userId: target.id } });
    await tx.staffRoleAssignment.create({
      data: { userId: target.id, role: input.role, createdAt: ctx.clock.now() },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "admin.staff.role_changed",
        target: { type: "User", id: target.id },
        request: ctx.request,
        metadata: { email: target.email, oldRoles, newRole: input.role },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { outcome: "changed", email: target.email, oldRoles, role: input.role };
}
