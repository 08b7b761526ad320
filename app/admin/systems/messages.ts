// Words of the data-system pages (staff console: English).
export const SYSTEMS_MESSAGES = {
  back: "All data systems",
  details: "System",
  key: "Key",
  description: "Description",
  organisations: "Organisations whose data it holds",
  none: "None",
  openTasks: "Open request tasks",
  connector: "Connector",
  connectorNote:
    "How data-subject-request tasks reach this system. Webhook: Article28 POSTs signed tasks to the endpoint (docs/connectors/protocol.md). Manual: staff do the work in the system and complete each task with evidence.",
  kinds: { WEBHOOK: "Webhook", MANUAL: "Manual" } as Record<string, string>,
  endpoint: "Endpoint URL",
  endpointHint: "https:// address that receives the tasks (plain http://127.0.0.1 only in development).",
  save: "Save connector",
  saving: "Saving…",
  saved: (changed: readonly string[]) =>
    changed.length === 0 ? "Nothing changed." : `Connector saved (${changed.join(", ")} changed).`,
  secret: "Signing secret",
  secretNote:
    "Tasks are signed with this Standard Webhooks secret; the system verifies every signature with it. It is stored encrypted and shown only once, right after it is generated.",
  secretSet: "A signing secret is set.",
  secretMissing: "No signing secret yet: the system cannot verify tasks, and none are sent.",
  generate: "Generate signing secret",
  rotate: "Replace signing secret",
  rotating: "Generating…",
  rotated:
    "New signing secret. Copy it into the system's configuration now: it will not be shown again. Tasks sent from now on are signed with it.",
  test: "Send test",
  testNote: "Sends a signed ping to the endpoint and shows what it answered.",
  testing: "Sending…",
  testResult: (status: number | null, ms: number) =>
    status === null ? `No answer (${ms} ms).` : `The endpoint answered HTTP ${status} in ${ms} ms.`,
  testAnswer: "Answer (first 500 characters)",
  testError: "Error",
  configure: "Configure",
  categories: "Data categories",
  categoriesNote:
    "The categories of data this system holds, for retention (ADR 0028). Each gets a policy on Retention (staff set its period; customers may shorten it down to the minimum). A webhook system is asked to purge expired records through the connector protocol (purge_expired); a manual system's categories are purged by hand.",
  noCategories: "No data categories yet.",
  categoryKey: "Key",
  categoryKeyHint:
    "The protocol's category, e.g. events (lower-case letters, digits, _ and -). Cannot be changed later.",
  categoryName: "Name",
  categoryDays: "Default period (days)",
  categoryMinDays: "Customers may shorten to (days)",
  categoryAdd: "Add category",
  categoryNew: "A new category",
  categorySave: "Save category",
  categoryEdit: (name: string) => `Edit category ${name}`,
  categoryRemove: (name: string) => `Remove ${name}`,
  categorySaved: (d: { created: boolean; changed: boolean }) =>
    d.created ? "Category added." : d.changed ? "Category saved." : "Nothing changed.",
  categoryRemoved:
    "Category removed; its policy and customers' periods went with it (its purge evidence stays).",
  retentionKey: "Retention key",
} as const;
