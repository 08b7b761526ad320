// Every category of data the retention policies cover (lib/retention; ADR 0021). One file per category.
import { accessRequests } from "./access-requests.ts";
import { auditEvents } from "./audit-events.ts";
import type { RetentionCategory } from "./category.ts";
import { closedIncidents } from "./closed-incidents.ts";
import { documentDownloads } from "./document-downloads.ts";
import { dsrIdentifiers } from "./dsr-identifiers.ts";
import { dsrPackages } from "./dsr-packages.ts";
import { dsrPackageDownloads } from "./dsr-package-downloads.ts";
import { outboxEmails } from "./outbox-emails.ts";
import { sessions } from "./sessions.ts";
import { throttleCounters } from "./throttle-counters.ts";

export type { RetentionCategory } from "./category.ts";

export const RETENTION_CATEGORIES: readonly RetentionCategory[] = [
  auditEvents,
  outboxEmails,
  dsrIdentifiers,
  dsrPackages,
  dsrPackageDownloads,
  accessRequests,
  documentDownloads,
  sessions,
  throttleCounters,
  closedIncidents,
];

export function isRetentionCategory(key: string): boolean {
  return RETENTION_CATEGORIES.some((c) => c.key === key);
}

export function retentionCategory(key: string): RetentionCategory | undefined {
  return RETENTION_CATEGORIES.find((c) => c.key === key);
}

/** Categories a CATEGORY hold may name: every one some deletion path removes, except the audit log. */
export function holdableCategories(): RetentionCategory[] {
  return RETENTION_CATEGORIES.filter((c) => c.sql !== null || c.removedBy !== undefined);
}
