import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../time/calendar-date.ts";
import { canBeStopped, subprocessorStatus } from "./lifecycle.ts";

const day = (iso: string) => parseIsoDate(iso)!;

describe("subprocessor status on a day: from activeFrom (inclusive) until activeUntil (exclusive)", () => {
  const period = { activeFrom: day("2026-03-01"), activeUntil: day("2026-04-01") };

  it("is upcoming before its first day, current from it, past from its end date", () => {
    expect(subprocessorStatus(period, day("2026-02-28"))).toBe("upcoming");
    expect(subprocessorStatus(period, day("2026-03-01"))).toBe("current");
    expect(subprocessorStatus(period, day("2026-03-31"))).toBe("current");
    expect(subprocessorStatus(period, day("2026-04-01"))).toBe("past");
  });

  it("stays current without an end date", () => {
    expect(subprocessorStatus({ activeFrom: day("2021-01-01"), activeUntil: null }, day("2099-01-01"))).toBe(
      "current",
    );
  });

  it("an addition cancelled before it started (same start and end) is never current", () => {
    const cancelled = { activeFrom: day("2026-03-01"), activeUntil: day("2026-03-01") };
    expect(subprocessorStatus(cancelled, day("2026-02-28"))).toBe("upcoming");
    expect(subprocessorStatus(cancelled, day("2026-03-01"))).toBe("past");
  });

  it("may be named to stop only while current or upcoming and without an announced end", () => {
    expect(canBeStopped({ activeFrom: day("2021-01-01"), activeUntil: null }, day("2026-03-01"))).toBe(true);
    expect(canBeStopped({ activeFrom: day("2026-05-01"), activeUntil: null }, day("2026-03-01"))).toBe(true);
    expect(canBeStopped(period, day("2026-03-15")), "already has an end date").toBe(false);
    expect(canBeStopped(period, day("2026-05-01"))).toBe(false);
  });
});
