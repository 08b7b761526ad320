// Words of the users page's actions (staff console: English).
import type { SetUserDisabledResult } from "@/lib/admin/users";
import type { ChangeStaffRoleResult } from "@/lib/admin/staff/change-staff-role";
import type { ResetUserMfaResult } from "@/lib/admin/staff/reset-user-mfa";
import { STAFF_ROLE_LABELS } from "@/lib/admin/messages";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const USERS_MESSAGES = {
  disabledChanged: (result: SetUserDisabledResult): string => {
    switch (result.outcome) {
      case "disabled":
        return `Disabled ${result.email}; ${result.sessionsEnded} session(s) ended.`;
      case "enabled":
        return `Enabled ${result.email}.`;
      case "unchanged":
        return result.disabled ? "The account was already disabled." : "The account was already active.";
    }
  },
  invited: (result: { email: string; role: StaffRole }): string =>
    `Invitation sent to ${result.email} as ${STAFF_ROLE_LABELS[result.role]}. The link works once, for 7 days.`,
  roleChanged: (result: ChangeStaffRoleResult): string =>
    result.outcome === "changed"
      ? `${result.email} is now ${STAFF_ROLE_LABELS[result.role]}. The change applies to their next page.`
      : `${result.email} already has the role ${STAFF_ROLE_LABELS[result.role]}.`,
  mfaReset: (result: ResetUserMfaResult): string =>
    `Two-factor authentication of ${result.email} was reset: ${result.backupCodesRemoved} backup code(s) removed, ${result.sessionsEnded} session(s) ended. They were told by email.`,
};
