import type { RetentionCategory } from "./category.ts";

/** Ended sign-in sessions (expired or revoked): the device list and their IP addresses. */
export const sessions: RetentionCategory = {
  key: "sessions",
  label: { en: "Ended sessions", de: "Beendete Sitzungen" },
  counts: { en: "from the session's end", de: "ab Ende der Sitzung" },
  defaultDays: 90,
  defaultMinDays: 7,
  selector: "Session whose end (revokedAt, else expiresAt) is before the cutoff",
  sql: {
    table: '"Session"',
    from: '"Session" t',
    id: "t.id",
    organization: "NULL::text",
    at: 'LEAST(t."expiresAt", COALESCE(t."revokedAt", t."expiresAt"))',
    where: "TRUE",
  },
};
