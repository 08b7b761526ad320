// What the shared date fields say when a value is refused (forms of the staff console and the portal:
// English today).
export const DATE_INPUT_MESSAGES = {
  calendarDay: "Enter a date as YYYY-MM-DD, e.g. 2027-06-30.",
  dateTime: "Enter a date and time.",
  yearOutOfRange: "Enter a year between 2000 and 2100.",
} as const;
