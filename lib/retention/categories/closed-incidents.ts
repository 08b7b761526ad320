import type { RetentionCategory } from "./category.ts";

/**
 * Closed security incidents that were never notified: no organisation was notified and no notice phase
 * was written (the determination was "not a personal-data breach" or "not notifiable", or none). Removed
 * with their affected systems and organisations, assessments and follow-ups. An incident that was
 * notified is the provider's evidence of its Art. 33(2) duty (phases, deliveries, acknowledgements) and
 * is never purged (ADR 0026). A hold on the incident keeps it (G2).
 */
export const closedIncidents: RetentionCategory = {
  key: "closed-incidents",
  label: { en: "Closed incidents that were not notified", de: "Abgeschlossene, nicht gemeldete Vorfälle" },
  counts: { en: "from closing", de: "ab Abschluss" },
  defaultDays: 1825,
  defaultMinDays: 365,
  selector:
    'Incident CLOSED, "closedAt" before the cutoff, without notifications or notice phases (notified incidents are kept)',
  sql: {
    table: '"Incident"',
    from: '"Incident" t',
    id: "t.id",
    organization: "NULL::text",
    at: 't."closedAt"',
    where:
      "t.status = 'CLOSED' AND t.\"closedAt\" IS NOT NULL " +
      'AND NOT EXISTS (SELECT 1 FROM "IncidentNotification" n WHERE n."incidentId" = t.id) ' +
      'AND NOT EXISTS (SELECT 1 FROM "NoticePhase" p WHERE p."incidentId" = t.id)',
    incident: "t.id",
  },
};
