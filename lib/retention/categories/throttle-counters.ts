import type { RetentionCategory } from "./category.ts";

/** Sign-in and form throttling counters (keys carry email addresses and IP addresses). */
export const throttleCounters: RetentionCategory = {
  key: "throttle-counters",
  label: { en: "Throttling counters", de: "Zähler der Anfragebegrenzung" },
  counts: { en: "from the last attempt", de: "ab letztem Versuch" },
  defaultDays: 30,
  defaultMinDays: 1,
  selector: 'ThrottleCounter "updatedAt" before the cutoff and not blocked past it',
  sql: {
    table: '"ThrottleCounter"',
    from: '"ThrottleCounter" t',
    id: "t.key",
    organization: "NULL::text",
    at: 'GREATEST(t."updatedAt", COALESCE(t."blockedUntil", t."updatedAt"))',
    where: "TRUE",
  },
};
