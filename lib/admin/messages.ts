// What lib/admin itself says (staff console: English).
export const ADMIN_MESSAGES = {
  cannotDisableOwnAccount: { en: "You cannot disable your own account." },
} as const;
