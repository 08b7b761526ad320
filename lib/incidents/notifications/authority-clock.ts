// B4 (Art. 33(1)): the controller's own 72-hour clock to its supervisory authority, started when our
// notification first reached it (./reached.ts: an email accepted by a mail server, or an acknowledgement
// in the portal; ADR 0016). Pure arithmetic on UTC instants; pages show them with a zone.
import { deadlineFrom, timeLeft } from "../deadline.ts";

export const AUTHORITY_WINDOW_HOURS = 72;

export type AuthorityClock = {
  startedAt: Date;
  deadlineAt: Date;
  /** Milliseconds until the deadline; negative once overdue. */
  remainingMs: number;
  overdue: boolean;
  /** Whole minutes to the deadline (negative once overdue), as lib/incidents/deadline.ts rounds them. */
  minutes: number;
  /** "41 h 5 min left" / "3 h 20 min overdue". */
  label: string;
};

export function authorityClock(reachedAt: Date, now: Date): AuthorityClock {
  const deadlineAt = deadlineFrom(reachedAt, AUTHORITY_WINDOW_HOURS);
  const left = timeLeft(deadlineAt, now);
  return {
    startedAt: reachedAt,
    deadlineAt,
    remainingMs: deadlineAt.getTime() - now.getTime(),
    overdue: left.overdue,
    minutes: left.minutes,
    label: left.label,
  };
}

/**
 * Reasons for delay are required when the authority was notified after the 72 hours, or when nothing
 * has been notified yet and the 72 hours are already over at the time of recording.
 */
export function delayReasonRequired(
  deadlineAt: Date,
  authorityNotifiedAt: Date | null,
  recordedAt: Date,
): boolean {
  return (authorityNotifiedAt ?? recordedAt).getTime() > deadlineAt.getTime();
}
