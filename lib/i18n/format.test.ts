// The one date format family (issue 11): calendar days and instants look alike in English and German, an
// instant always names its zone, and a zone without an abbreviation in the language names its city.
import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatInstant, timeZoneLabel } from "./format.ts";

const winter = new Date("2026-03-12T14:05:00Z");
const summer = new Date("2026-07-01T09:30:00Z");

describe("dates as the product writes them", () => {
  it("writes a calendar day with the month in words, whatever zone reads it", () => {
    expect(formatCalendarDate("en", new Date("2027-06-30T00:00:00Z"))).toBe("30 June 2027");
    expect(formatCalendarDate("de", new Date("2027-06-30T00:00:00Z"))).toBe("30. Juni 2027");
  });

  it("writes an instant as the same day, the 24-hour time and the zone", () => {
    expect(formatInstant("en", winter, "UTC")).toBe("12 March 2026, 14:05 UTC");
    expect(formatInstant("en", winter, "Europe/Berlin")).toBe("12 March 2026, 15:05 CET");
    expect(formatInstant("en", summer, "Europe/Berlin")).toBe("1 July 2026, 11:30 CEST");
    expect(formatInstant("de", winter, "Europe/Berlin")).toBe("12. März 2026, 15:05 MEZ");
    expect(formatInstant("de", summer, "Europe/Berlin")).toBe("1. Juli 2026, 11:30 MESZ");
  });

  it("moves to the next day where the zone is already there", () => {
    expect(formatInstant("en", new Date("2026-03-12T23:30:00Z"), "Europe/Berlin")).toBe(
      "13 March 2026, 00:30 CET",
    );
  });

  it("names the city with the offset where the language has no abbreviation for the zone", () => {
    expect(formatInstant("en", winter, "America/New_York")).toBe("12 March 2026, 10:05 GMT-4 (New York)");
    expect(timeZoneLabel("en", new Date("2026-01-15T12:00:00Z"), "America/New_York")).toBe(
      "GMT-5 (New York)",
    );
    expect(timeZoneLabel("de", winter, "Asia/Calcutta")).toBe("GMT+5:30 (Calcutta)");
  });
});
