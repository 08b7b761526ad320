// What lib/admin itself says (staff console: English).
export const ADMIN_MESSAGES = {
  cannotDisableOwnAccount: { en: "You cannot disable your own account." },
  roleNotBelowYours: {
    en: "This account's role is equal to or above yours, so you cannot disable or enable it.",
  },
} as const;
