import type { RetentionCategory } from "./category.ts";

/**
 * The audit log: 13 months by default. Never deleted by the retention job — only as a whole prefix of a
 * chain behind a signed checkpoint, by the audit pruning, so verification still works from the checkpoint.
 */
export const auditEvents: RetentionCategory = {
  key: "audit-events",
  label: { en: "Audit events", de: "Audit-Ereignisse" },
  counts: { en: "from the event", de: "ab Ereignis" },
  defaultDays: 396,
  defaultMinDays: 396,
  selector: "AuditEvent: pruned as whole chain prefixes behind a signed checkpoint",
  sql: null,
};
