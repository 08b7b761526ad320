"use server";

import { revalidatePath } from "next/cache";
import { changeStaffRole } from "@/lib/admin/staff/change-staff-role";
import { inviteStaff } from "@/lib/admin/staff/invite-staff";
import { resetUserMfa } from "@/lib/admin/staff/reset-user-mfa";
import { changeStaffRoleInput, inviteStaffInput, resetMfaInput } from "@/lib/admin/staff/staff-input";
import { setUserDisabled, setUserDisabledInput } from "@/lib/admin/users";
import { defineAction } from "@/lib/http/action";
import { USERS_MESSAGES } from "./messages";

export const setUserDisabledAction = defineAction(
  { input: setUserDisabledInput, permission: "admin.users.manage" },
  async (ctx, input) => {
    const result = await setUserDisabled(ctx, input);
    revalidatePath("/admin/users");
    return USERS_MESSAGES.disabledChanged(result);
  },
);

export const inviteStaffAction = defineAction(
  { input: inviteStaffInput, permission: "admin.users.manage" },
  async (ctx, input) => USERS_MESSAGES.invited(await inviteStaff(ctx, input)),
);

export const changeStaffRoleAction = defineAction(
  { input: changeStaffRoleInput, permission: "admin.users.manage" },
  async (ctx, input) => {
    const result = await changeStaffRole(ctx, input);
    revalidatePath("/admin/users");
    return USERS_MESSAGES.roleChanged(result);
  },
);

export const resetMfaAction = defineAction(
  { input: resetMfaInput, permission: "admin.users.manage" },
  async (ctx, input) => {
    const result = await resetUserMfa(ctx, input);
    revalidatePath("/admin/users");
    return USERS_MESSAGES.mfaReset(result);
  },
);
