import "server-only";
// A stored event as people read it: the event's name from the catalogue instead of its code, and its
// target in words. The page shows these; the exports add the stored fields beside them.
import { AUDIT_EVENT_LABELS, isAuditAction } from "./events.ts";
import type { StoredAuditRow } from "./log-query.ts";
import { describeTargets, type AuditTarget } from "./log-targets.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";

export type AuditLogEntry = StoredAuditRow & {
  /** "Signed in", "Member removed", … (English: the staff console and its exports). */
  event: string;
  target: AuditTarget | null;
};

export function eventName(action: string): string {
  return isAuditAction(action) ? AUDIT_EVENT_LABELS[action].en : AUDIT_LOG_MESSAGES.unknownEvent(action);
}

export async function readableEntries(rows: readonly StoredAuditRow[]): Promise<AuditLogEntry[]> {
  const targets = await describeTargets(rows);
  return rows.map((row, i) => ({ ...row, event: eventName(row.action), target: targets[i] ?? null }));
}
