import { describe, expect, it } from "vitest";
import { addDays, daysBetween, parseIsoDate, utcDay } from "./calendar-date.ts";

describe("calendar dates", () => {
  it("reads real calendar dates as UTC midnight and refuses impossible ones", () => {
    expect(parseIsoDate("2026-03-12")?.toISOString()).toBe("2026-03-12T00:00:00.000Z");
    expect(parseIsoDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    for (const bad of [
      "2026-02-29",
      "2026-02-30",
      "2026-13-01",
      "2026-00-10",
      "2026-3-12",
      "12.03.2026",
      "",
      "2026-03-12T00:00:00Z",
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it("takes the UTC day of an instant, whatever the time", () => {
    expect(utcDay(new Date("2026-03-12T23:59:59.999Z")).toISOString()).toBe("2026-03-12T00:00:00.000Z");
    expect(utcDay(new Date("2026-03-13T00:00:00.000Z")).toISOString()).toBe("2026-03-13T00:00:00.000Z");
  });

  it("counts whole days across month ends and leap days", () => {
    const day = parseIsoDate("2028-02-28")!;
    expect(addDays(day, 2).toISOString()).toBe("2028-03-01T00:00:00.000Z");
    expect(daysBetween(day, parseIsoDate("2028-03-29")!)).toBe(30);
    expect(daysBetween(parseIsoDate("2026-03-12")!, parseIsoDate("2026-03-11")!)).toBe(-1);
    expect(daysBetween(new Date("2026-03-12T22:00:00Z"), parseIsoDate("2026-03-13")!)).toBe(1);
  });
});
