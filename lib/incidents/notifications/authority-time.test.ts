// B4 (ADR 0016): the authority notification time is entered in the browser's zone and can be neither in
// the future nor before the processor's notice reached the organisation (to the minute).
import { describe, expect, it } from "vitest";
import { authorityTime } from "./authority-time.ts";

const reachedAt = new Date("2026-12-06T09:15:42Z"); // 10:15:42 in Berlin (CET)
const now = new Date("2026-12-08T12:00:00Z");

describe("authorityTime (B4)", () => {
  it("reads the wall time in the zone the form named and returns the UTC instant", () => {
    expect(
      authorityTime({ wallTime: "2026-12-06T14:30", timeZone: "Europe/Berlin" }, { reachedAt, now }),
    ).toEqual({ ok: true, at: new Date("2026-12-06T13:30:00Z") });
    expect(authorityTime({ wallTime: "2026-12-06T14:30", timeZone: "UTC" }, { reachedAt, now })).toEqual({
      ok: true,
      at: new Date("2026-12-06T14:30:00Z"),
    });
  });

  it("refuses a time before the notice reached the organisation (the issue's 1 Dec for a notice of 6 Dec)", () => {
    expect(
      authorityTime({ wallTime: "2026-12-01T10:00", timeZone: "Europe/Berlin" }, { reachedAt, now }),
    ).toEqual({ ok: false, problem: "before-reached" });
    // 10:14 in Berlin is 09:14 UTC, a minute before the notice arrived.
    expect(
      authorityTime({ wallTime: "2026-12-06T10:14", timeZone: "Europe/Berlin" }, { reachedAt, now }),
    ).toEqual({ ok: false, problem: "before-reached" });
  });

  it("accepts the minute the notice arrived in (the form has no seconds)", () => {
    expect(
      authorityTime({ wallTime: "2026-12-06T10:15", timeZone: "Europe/Berlin" }, { reachedAt, now }),
    ).toEqual({ ok: true, at: new Date("2026-12-06T09:15:00Z") });
  });

  it("the same wall time is before or after depending on the zone it was entered in", () => {
    // 09:30 in New York is 14:30 UTC (after); 09:30 in Tokyo is 00:30 UTC (before).
    expect(
      authorityTime({ wallTime: "2026-12-06T09:30", timeZone: "America/New_York" }, { reachedAt, now }).ok,
    ).toBe(true);
    expect(
      authorityTime({ wallTime: "2026-12-06T09:30", timeZone: "Asia/Tokyo" }, { reachedAt, now }),
    ).toEqual({
      ok: false,
      problem: "before-reached",
    });
  });

  it("refuses a time in the future, an unknown zone, a malformed time, and any time before the notice reached anyone", () => {
    expect(
      authorityTime({ wallTime: "2026-12-08T13:01", timeZone: "Europe/Berlin" }, { reachedAt, now }),
    ).toEqual({ ok: false, problem: "future" });
    expect(
      authorityTime({ wallTime: "2026-12-06T10:00", timeZone: "Mars/Olympus" }, { reachedAt, now }),
    ).toEqual({
      ok: false,
      problem: "unknown-zone",
    });
    expect(authorityTime({ wallTime: "2026-02-30T10:00", timeZone: "UTC" }, { reachedAt, now })).toEqual({
      ok: false,
      problem: "malformed",
    });
    expect(
      authorityTime({ wallTime: "2026-12-06T10:00", timeZone: "UTC" }, { reachedAt: null, now }),
    ).toEqual({ ok: false, problem: "not-reached" });
  });
});
