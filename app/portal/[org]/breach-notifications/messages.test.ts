// The portal's breach page speaks German to German readers (issue 11 item 7) and keeps the English the
// staff console and the evidence pack use: the countdown badge and the Art. 33(3) item names.
import { describe, expect, it } from "vitest";
import { timeLeft } from "@/lib/incidents/deadline";
import { NOTICE_ITEMS } from "@/lib/incidents/notices/items";
import { BREACH_DETAIL_MESSAGES as M } from "./messages";

const now = new Date("2026-03-29T10:00:00Z");
const inMinutes = (minutes: number) => new Date(now.getTime() + minutes * 60_000 + 30_000);

describe("the countdown badge of the 72-hour clock", () => {
  it.each([
    [71 * 60 + 5, "2 d 23 h left", "noch 2 T. 23 Std."],
    [5 * 60 + 30, "5 h 30 min left", "noch 5 Std. 30 Min."],
    [12, "12 min left", "noch 12 Min."],
  ])("%i minutes left: %s / %s", (minutes, en, de) => {
    const left = timeLeft(inMinutes(minutes), now);
    expect(M.timeLeft(left.minutes)).toEqual({ en, de });
    expect(M.timeLeft(left.minutes).en, "the English is the staff console's").toBe(left.label);
  });

  it("says how long it is overdue", () => {
    const left = timeLeft(new Date(now.getTime() - (3 * 60 + 20) * 60_000), now);
    expect(M.timeLeft(left.minutes)).toEqual({ en: "3 h 20 min overdue", de: "3 Std. 20 Min. überfällig" });
    expect(M.timeLeft(left.minutes).en).toBe(left.label);
  });
});

describe("the Art. 33(3) items of a phase", () => {
  it("have a German name each, and the English the staff console uses", () => {
    for (const item of NOTICE_ITEMS) {
      expect(M.noticeItems[item.key].en).toBe(item.label);
      expect(M.noticeItems[item.key].de).toBeTruthy();
    }
  });
});
