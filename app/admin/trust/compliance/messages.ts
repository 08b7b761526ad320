// Words of the staff compliance roadmap pages (staff console: English).
export const COMPLIANCE_CONSOLE_MESSAGES = {
  added: (standard: string) => `Added “${standard}” to the roadmap.`,
  saved: (standard: string, changed: boolean) => (changed ? `Saved “${standard}”.` : "Nothing changed."),
  removed: (standard: string) => `Removed “${standard}” from the roadmap.`,
  moved: (standard: string, direction: "up" | "down", moved: boolean) =>
    moved
      ? `Moved “${standard}” ${direction}.`
      : `“${standard}” is already ${direction === "up" ? "first" : "last"}.`,
};
