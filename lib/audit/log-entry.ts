import "server-only";
// A stored event as people read it: the event's name from the catalogue instead of its code, and its
// target in words, in the reader's language. The pages show these; the exports add the stored fields
// beside them. In an organisation's own log the provider's staff appear as the provider's staff: their
// address, user id and network (IP, browser, request id) stay in the provider's records.
import type { Locale } from "../i18n/locale.ts";
import { localize } from "../i18n/text.ts";
import { AUDIT_EVENT_LABELS, isAuditAction } from "./events.ts";
import type { StoredAuditRow } from "./log-query.ts";
import { describeTargets, type AuditTarget } from "./log-targets.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";

export type AuditLogEntry = StoredAuditRow & {
  /** "Signed in", "Member removed", … in the reader's language. */
  event: string;
  target: AuditTarget | null;
  /** The actor is the provider's staff, shown by `actorLabel` only (an organisation's own log). */
  byProviderStaff: boolean;
};

/** Who reads: the language, and in an organisation's own log the provider's staff and their name there. */
export type AuditLogReader = {
  locale: Locale;
  /** null: the staff console, which shows every actor as recorded. */
  staff: { ids: readonly string[]; label: string } | null;
};

export const STAFF_READER: AuditLogReader = { locale: "en", staff: null };

export function eventName(action: string, locale: Locale = "en"): string {
  return localize(
    isAuditAction(action) ? AUDIT_EVENT_LABELS[action] : AUDIT_LOG_MESSAGES.unknownEvent(action),
    locale,
  );
}

export async function readableEntries(
  rows: readonly StoredAuditRow[],
  reader: AuditLogReader = STAFF_READER,
): Promise<AuditLogEntry[]> {
  const staff = new Set(reader.staff?.ids ?? []);
  const targets = await describeTargets(rows, reader.locale, staff);
  // One object per row (an export reads a million): the stored fields, then what people read.
  return rows.map((row, i) => {
    const event = eventName(row.action, reader.locale);
    const target = targets[i] ?? null;
    if (!reader.staff || !row.actorUserId || !staff.has(row.actorUserId))
      return { ...row, event, target, byProviderStaff: false };
    return {
      ...row,
      event,
      target,
      actorLabel: reader.staff.label,
      actorUserId: null,
      ip: null,
      userAgent: null,
      requestId: null,
      byProviderStaff: true,
    };
  });
}
