// The objection window of a notice (GDPR.md C1): it opens when the notice is delivered (an SMTP server first
// accepted one of its emails, ./delivered.ts) and closes the organisation's notice period later (the days of
// its DPA, counted as whole 24-hour days from that moment). Pure.
import type {
  SubprocessorAuthorisation,
  SubprocessorChangeType,
  SubprocessorNoticeStatus,
} from "../generated/prisma/enums.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** GENERAL: when the window closes; SPECIFIC and removals have none (null). */
export function windowEnd(
  mode: SubprocessorAuthorisation,
  deliveredAt: Date,
  noticeDays: number,
  authorises: boolean,
): Date | null {
  if (mode !== "GENERAL" || !authorises) return null;
  return new Date(deliveredAt.getTime() + noticeDays * DAY_MS);
}

/** The GENERAL organisations whose window would end after `effectiveDate` (a UTC day) begins. */
export function windowsLongerThanNotice<T extends { mode: SubprocessorAuthorisation; noticeDays: number }>(
  organizations: readonly T[],
  noticeDays: number,
): T[] {
  return organizations.filter((o) => o.mode === "GENERAL" && o.noticeDays > noticeDays);
}

/** A GENERAL notice of an addition, unanswered, none of whose emails was accepted yet: its window has not opened. */
export function awaitsDelivery(notice: {
  type: SubprocessorChangeType;
  mode: SubprocessorAuthorisation;
  status: SubprocessorNoticeStatus;
  deliveredAt: Date | null;
}): boolean {
  return (
    notice.type !== "REMOVE" &&
    notice.mode === "GENERAL" &&
    notice.status === "NOTIFIED" &&
    !notice.deliveredAt
  );
}
