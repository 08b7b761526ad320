import { describe, expect, it } from "vitest";
import { fixedClock } from "../time/clock.ts";
import { formatInstant } from "../i18n/format.ts";
import { deadlineFrom, isTimeZone, nextDeadline, timeLeft } from "./deadline.ts";

const at = (iso: string) => new Date(iso);

describe("breach notification deadlines (B1)", () => {
  it.each([
    [24, "2026-06-02T10:15:00.000Z"],
    [36, "2026-06-02T22:15:00.000Z"],
    [48, "2026-06-03T10:15:00.000Z"],
    [72, "2026-06-04T10:15:00.000Z"],
  ])("B1 a %i h window from awareness 2026-06-01 10:15 UTC ends at %s", (hours, expected) => {
    expect(deadlineFrom(at("2026-06-01T10:15:00Z"), hours).toISOString()).toBe(expected);
  });

  it("B1 36 h across the spring DST change (2026-03-29, Europe/Berlin) is 36 real hours, 37 on the wall clock", () => {
    const aware = at("2026-03-28T12:00:00Z"); // 13:00 CET
    const deadline = deadlineFrom(aware, 36);
    expect(deadline.toISOString()).toBe("2026-03-30T00:00:00.000Z");
    expect(deadline.getTime() - aware.getTime()).toBe(36 * 3_600_000);
    expect(formatInstant("en", aware, "Europe/Berlin")).toBe("28 March 2026, 13:00 CET");
    expect(formatInstant("en", deadline, "Europe/Berlin")).toBe("30 March 2026, 02:00 CEST");
  });

  it("B1 24 h across the autumn DST change (2026-10-25, Europe/Berlin) is 24 real hours, 23 on the wall clock", () => {
    const aware = at("2026-10-24T22:30:00Z"); // 00:30 CEST on the 25th
    const deadline = deadlineFrom(aware, 24);
    expect(deadline.toISOString()).toBe("2026-10-25T22:30:00.000Z");
    expect(formatInstant("en", aware, "Europe/Berlin")).toBe("25 October 2026, 00:30 CEST");
    expect(formatInstant("en", deadline, "Europe/Berlin")).toBe("25 October 2026, 23:30 CET");
  });

  it("B1 shows the same instant in UTC and other zones with the zone named (as every page shows it, DateTime)", () => {
    const instant = at("2026-10-25T01:30:00Z"); // after the switch: 02:30 CET
    expect(formatInstant("en", instant, "UTC")).toBe("25 October 2026, 01:30 UTC");
    expect(formatInstant("en", instant, "Europe/Berlin")).toBe("25 October 2026, 02:30 CET");
    expect(formatInstant("en", at("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe(
      "25 October 2026, 02:30 CEST",
    );
  });

  it("B1 time left and overdue with a fixed clock", () => {
    const clock = fixedClock("2026-06-01T10:15:00Z");
    const deadline = deadlineFrom(clock.now(), 36);
    expect(timeLeft(deadline, clock.now())).toEqual({
      overdue: false,
      minutes: 36 * 60,
      label: "1 d 12 h left",
    });
    clock.advance(30 * 3_600_000 + 29 * 60_000 + 30_000);
    expect(timeLeft(deadline, clock.now())).toEqual({
      overdue: false,
      minutes: 5 * 60 + 30,
      label: "5 h 30 min left",
    });
    clock.set(deadline);
    expect(timeLeft(deadline, clock.now())).toMatchObject({
      overdue: false,
      minutes: 0,
      label: "0 min left",
    });
    clock.advance(1);
    expect(timeLeft(deadline, clock.now())).toEqual({ overdue: true, minutes: -1, label: "1 min overdue" });
    clock.advance(2 * 3_600_000 + 4 * 60_000);
    expect(timeLeft(deadline, clock.now())).toEqual({
      overdue: true,
      minutes: -125,
      label: "2 h 5 min overdue",
    });
  });

  it("B1 refuses a window that is not a positive whole number of hours", () => {
    expect(() => deadlineFrom(at("2026-06-01T00:00:00Z"), 0)).toThrow(RangeError);
    expect(() => deadlineFrom(at("2026-06-01T00:00:00Z"), 1.5)).toThrow(RangeError);
  });

  it("picks the earliest open deadline", () => {
    expect(nextDeadline([])).toBeNull();
    expect(nextDeadline([at("2026-06-03T00:00:00Z"), at("2026-06-02T00:00:00Z")])?.toISOString()).toBe(
      "2026-06-02T00:00:00.000Z",
    );
  });

  it("knows IANA zones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
