import "server-only";
// Staff view of every account, and disabling one: a disabled user cannot sign in and every one of
// their sessions ends at once (S10). Audited in the provider chain and the user's organisations' chains.
// Staff act only on accounts whose highest role ranks below their own, so the last active ADMIN stays (S23).
import { z } from "zod";
import { auditEvent } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { staffCan } from "../auth/authorization/permissions.ts";
import { mayManageAccount, outranks } from "../auth/authorization/staff-rank.ts";
import { revokeUserSessions } from "../auth/sessions/session-store.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { StaffRole } from "../generated/prisma/enums.ts";
import { auditManagedAccount, authorizeManagedAccount } from "./managed-account.ts";
import { ADMIN_MESSAGES } from "./messages.ts";
import { controllersNaming, trackFacts } from "../records-of-processing/fact-history.ts";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  kind: "Staff" | "Customer";
  organizations: string[];
  staffRoles: StaffRole[];
  mfa: boolean;
  disabledAt: Date | null;
  /**
   * When the account last signed in (User.lastSignInAt, written with every successful sign-in's audit
   * event; backfilled from those events). Null: never.
   */
  lastSignInAt: Date | null;
  /** Whether the viewer may disable or enable this account (their permission, a lower role, not themselves). */
  manageable: boolean;
  /** Whether the viewer may change this account's staff role or reset its second factor (S23). */
  roleManageable: boolean;
};

export async function listUsers(ctx: Context): Promise<UserRow[]> {
  const { actor } = await authorizeStaff(ctx, "admin.users.view");
  const mayManage = staffCan(actor.staffRoles, "admin.users.manage");
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      disabledAt: true,
      lastSignInAt: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
      memberships: { select: { organization: { select: { name: true } } } },
    },
  });
  return users.map((u) => {
    const staffRoles = u.staffRoles.map((s) => s.role);
    const other = mayManage && u.id !== actor.userId;
    return {
      manageable: other && outranks(actor.staffRoles, staffRoles),
      roleManageable: other && mayManageAccount(actor.staffRoles, staffRoles),
      id: u.id,
      name: u.name,
      email: u.email,
      kind: staffRoles.length > 0 ? "Staff" : "Customer",
      organizations: u.memberships.map((m) => m.organization.name),
      staffRoles,
      mfa: Boolean(u.credential?.totpEnabledAt),
      disabledAt: u.disabledAt,
      lastSignInAt: u.lastSignInAt,
    };
  });
}

export const setUserDisabledInput = z.strictObject({
  userId: z.string().min(1).max(64),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** What disabling or enabling an account did ("unchanged" when it already was as asked). */
export type SetUserDisabledResult =
  | { outcome: "disabled"; email: string; sessionsEnded: number }
  | { outcome: "enabled"; email: string }
  | { outcome: "unchanged"; disabled: boolean };

export async function setUserDisabled(
  ctx: Context,
  input: z.infer<typeof setUserDisabledInput>,
): Promise<SetUserDisabledResult> {
  const { staff, target } = await authorizeManagedAccount(ctx, input.userId, {
    own: ADMIN_MESSAGES.cannotDisableOwnAccount,
    notBelow: ADMIN_MESSAGES.roleNotBelowYours,
  });
  if (Boolean(target.disabledAt) === input.disabled)
    return { outcome: "unchanged", disabled: input.disabled };
  // A disabled owner or privacy officer is no longer named in the organisation's records of processing.
  await db.$transaction(async (tx) =>
    trackFacts(tx, await controllersNaming(tx, target.id), ctx.clock.now(), () =>
      tx.user.update({
        where: { id: target.id },
        data: { disabledAt: input.disabled ? ctx.clock.now() : null },
      }),
    ),
  );
  const ended = input.disabled
    ? await revokeUserSessions(target.id, "account_disabled", { clock: ctx.clock })
    : 0;
  await auditManagedAccount(
    staff,
    target,
    input.disabled
      ? auditEvent("admin.user.disabled", { email: target.email, sessionsEnded: ended })
      : auditEvent("admin.user.enabled", { email: target.email, sessionsEnded: ended }),
  );
  return input.disabled
    ? { outcome: "disabled", email: target.email, sessionsEnded: ended }
    : { outcome: "enabled", email: target.email };
}
