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
import { systemCategories } from "./system.ts";
import { throttleCounters } from "./throttle-counters.ts";
import { db, type Tx } from "../../db/client.ts";

export type { RetentionCategory, SystemSource } from "./category.ts";
export { isSystemCategoryKey, systemCategoryKey } from "./system.ts";

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

type Reader = Tx | typeof db;

/** Article28's own categories, then the connected systems' (ADR 0028): one list, two kinds of purge. */
export async function allCategories(reader: Reader): Promise<RetentionCategory[]> {
  return [...RETENTION_CATEGORIES, ...(await systemCategories(reader))];
}

export async function retentionCategory(
  key: string,
  reader: Reader = db,
): Promise<RetentionCategory | undefined> {
  const builtIn = RETENTION_CATEGORIES.find((c) => c.key === key);
  if (builtIn) return builtIn;
  return (await systemCategories(reader)).find((c) => c.key === key);
}

/** Categories a CATEGORY hold may name: every one some deletion path removes, except the audit log. */
export async function holdableCategories(reader: Reader): Promise<RetentionCategory[]> {
  return (await allCategories(reader)).filter((c) => c.sql !== null || c.removedBy !== undefined);
}

/** Whether the retention job purges it: by SQL, or by asking a WEBHOOK system (a MANUAL one: by hand). */
export function purgedByJob(category: RetentionCategory): boolean {
  return category.sql !== null || category.system?.connector === "WEBHOOK";
}
