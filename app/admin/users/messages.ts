// Words of the users page's actions (staff console: English).
import type { SetUserDisabledResult } from "@/lib/admin/users";

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
};
