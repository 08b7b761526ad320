// Words of the staff pages of the records of processing (staff console: English; ADR 0031).
export const RECORDS_STAFF_MESSAGES = {
  title: "Processing activities",
  description:
    "What the service does with customers' personal data, for the records of processing (Art. 30(2)). Each organisation's records list the activities whose data systems hold its data. An edit writes a new version valid from now; earlier records keep the version valid then.",
  link: "Records of processing: processing activities",
  overviewLink: "Records of processing by organisation (Art. 30(2))",
  current: "Current activities",
  none: "No processing activities yet.",
  removedTitle: "Removed activities",
  add: "Add activity",
  adding: "Saving…",
  save: "Save new version",
  remove: (name: string) => `Remove ${name}`,
  edit: (name: string) => `Edit ${name}`,
  name: "Name",
  purpose: "Purpose",
  processingCategories: "Categories of processing",
  dataCategories: "Categories of personal data",
  dataSubjectCategories: "Categories of data subjects",
  systems: "Data systems",
  oneALine: "One a line.",
  systemsHint: (keys: readonly string[]) =>
    `Data system keys, one a line. Known: ${keys.join(", ") || "none"}.`,
  version: (n: number) => `Version ${n}`,
  validFrom: "Valid from",
  validUntil: "Valid until",
  history: (n: number) => `Earlier versions (${n})`,
  saved: (r: { version: number; created: boolean; changed: readonly string[] }) =>
    r.created
      ? "Activity added (version 1)."
      : r.changed.length === 0
        ? "Nothing changed."
        : `Version ${r.version} saved (${r.changed.join(", ")} changed).`,
  removed: "Activity removed. Records of earlier dates still list it.",
};
