// Every category of data the retention policies cover (lib/retention; ADR 0021). One file per category.
import { auditEvents } from "./audit-events.ts";
import type { RetentionCategory } from "./category.ts";
import { documentDownloads } from "./document-downloads.ts";
import { dsrPackageDownloads } from "./dsr-package-downloads.ts";
import { outboxEmails } from "./outbox-emails.ts";
import { sessions } from "./sessions.ts";
import { throttleCounters } from "./throttle-counters.ts";

export type { RetentionCategory } from "./category.ts";

export const RETENTION_CATEGORIES: readonly RetentionCategory[] = [
  auditEvents,
  outboxEmails,
  dsrPackageDownloads,
  documentDownloads,
  sessions,
  throttleCounters,
];

export function isRetentionCategory(key: string): boolean {
  return RETENTION_CATEGORIES.some((c) => c.key === key);
}

export function retentionCategory(key: string): RetentionCategory | undefined {
  return RETENTION_CATEGORIES.find((c) => c.key === key);
}
