import type { RetentionCategory } from "./category.ts";

/**
 * The identifiers a closed data-subject request keeps: the keyed hash of the subject (kept after closing so
 * a repeat request is noticed, A15) and the controller's free-text note. After the period both are cleared;
 * the request itself stays — reference, type, dates, instruction, tasks and their outcomes, certificate —
 * because it is the evidence of what was done (ADR 0026). The subject's sealed identifiers and details
 * were already cleared when it closed. A hold on the subject keeps them (G2).
 */
export const dsrIdentifiers: RetentionCategory = {
  key: "dsr-identifiers",
  label: {
    en: "Identifiers of closed data-subject requests",
    de: "Kennungen abgeschlossener Betroffenenanfragen",
  },
  counts: { en: "from closing", de: "ab Abschluss" },
  defaultDays: 1095,
  defaultMinDays: 30,
  selector:
    'DataSubjectRequest COMPLETED/DECLINED/CANCELLED, "closedAt" before the cutoff: "subjectHash" and note cleared',
  sql: {
    table: '"DataSubjectRequest"',
    from: '"DataSubjectRequest" t',
    id: "t.id",
    organization: 't."organizationId"',
    at: 't."closedAt"',
    where:
      "t.status IN ('COMPLETED', 'DECLINED', 'CANCELLED') AND t.\"closedAt\" IS NOT NULL " +
      "AND (t.\"subjectHash\" <> '' OR t.note <> '')",
    subject: 't."subjectHash"',
    clear: "\"subjectHash\" = '', note = ''",
  },
};
