// B4 (ADR 0016): when the controller says it notified its supervisory authority. The portal form takes a
// wall-clock time in the person's time zone (named in the form); it is stored as a UTC instant together with that
// zone (the evidence pack names it). The time can be neither in the future nor before this notification
// reached the organisation: the controller's 72-hour clock (Art. 33(1)) runs from its awareness, which for
// a breach at its processor is the moment the processor's notice reached it (EDPB Guidelines 9/2022) —
// an SMTP server accepting it for one of its recipients, or a member acknowledging it, whichever came
// first (./reached.ts). Compared to the minute, as the form has no seconds: a time in the minute the
// notice arrived is accepted. Pure.
import { isTimeZone } from "../deadline.ts";
import { wallTimeToUtc } from "../register/wall-time.ts";

const MINUTE_MS = 60_000;

export type AuthorityTimeProblem = "malformed" | "unknown-zone" | "future" | "not-reached" | "before-reached";

export type AuthorityTime = { ok: true; at: Date } | { ok: false; problem: AuthorityTimeProblem };

export function authorityTime(
  entered: { wallTime: string; timeZone: string },
  bounds: { reachedAt: Date | null; now: Date },
): AuthorityTime {
  if (!isTimeZone(entered.timeZone)) return { ok: false, problem: "unknown-zone" };
  const at = wallTimeToUtc(entered.wallTime, entered.timeZone);
  if (!at) return { ok: false, problem: "malformed" };
  if (at.getTime() > bounds.now.getTime()) return { ok: false, problem: "future" };
  if (!bounds.reachedAt) return { ok: false, problem: "not-reached" };
  const reachedMinute = Math.floor(bounds.reachedAt.getTime() / MINUTE_MS) * MINUTE_MS;
  if (at.getTime() < reachedMinute) return { ok: false, problem: "before-reached" };
  return { ok: true, at };
}
