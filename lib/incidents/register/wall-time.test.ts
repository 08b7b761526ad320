import { describe, expect, it } from "vitest";
import { utcToWallTime, wallTimeToUtc } from "./wall-time.ts";

describe("incident times entered as a zone's wall clock, stored as UTC (B1)", () => {
  it("converts winter and summer times in Europe/Berlin", () => {
    expect(wallTimeToUtc("2026-03-28T13:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-28T12:00:00.000Z",
    );
    expect(wallTimeToUtc("2026-07-01T13:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-07-01T11:00:00.000Z",
    );
    expect(wallTimeToUtc("2026-07-01T13:00", "UTC")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
  });

  it("resolves the DST edges of 2026-03-29 and 2026-10-25 in Europe/Berlin", () => {
    expect(wallTimeToUtc("2026-03-29T01:59", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T00:59:00.000Z",
    );
    expect(wallTimeToUtc("2026-03-29T03:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    expect(wallTimeToUtc("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    ); // skipped hour
    expect(wallTimeToUtc("2026-10-25T02:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    ); // first of two
    expect(wallTimeToUtc("2026-10-25T03:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-10-25T02:30:00.000Z",
    );
  });

  it("refuses malformed or impossible times", () => {
    expect(wallTimeToUtc("2026-02-30T10:00", "UTC")).toBeNull();
    expect(wallTimeToUtc("2026-01-01 10:00", "UTC")).toBeNull();
    expect(wallTimeToUtc("2026-01-01T24:00", "UTC")).toBeNull();
  });

  it("shows an instant back as the zone's wall clock", () => {
    expect(utcToWallTime(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe("2026-10-25T02:30");
    expect(utcToWallTime(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("2026-10-25T02:30");
    expect(utcToWallTime(new Date("2026-10-25T01:30:00Z"), "UTC")).toBe("2026-10-25T01:30");
  });
});
