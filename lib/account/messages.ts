// What the user's own profile says (account pages: English).
export const ACCOUNT_MESSAGES = {
  nameRequired: "Enter your name.",
  nameTooLong: "Use at most 120 characters.",
  unknownTimeZone: "Choose a time zone from the list.",
} as const;
