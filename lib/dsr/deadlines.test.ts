import { describe, expect, it } from "vitest";
import { formatInstant } from "../i18n/format.ts";
import {
  addCalendarMonths,
  checkExtension,
  dayIn,
  endOfDay,
  extendedDueAt,
  isOverdue,
  latestDueAt,
  legalDueAt,
  nextWorkingDay,
  processorDueAt,
  type DeadlinePolicy,
  type ExtensionRequest,
} from "./deadlines.ts";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const UTC: DeadlinePolicy = { timeZone: "UTC", dueOnWorkingDay: false };
const BERLIN: DeadlinePolicy = { timeZone: "Europe/Berlin", dueOnWorkingDay: false };
const WORKING_DAYS: DeadlinePolicy = { timeZone: "UTC", dueOnWorkingDay: true };
const dueDay = (instant: Date, policy: DeadlinePolicy) =>
  dayIn(instant, policy.timeZone).toISOString().slice(0, 10);

describe("A1 legal due date: receipt + one calendar month", () => {
  it.each([
    ["2026-01-31", "2026-02-28"],
    ["2026-03-05", "2026-04-05"],
    ["2026-03-31", "2026-04-30"],
    ["2026-05-31", "2026-06-30"],
    ["2026-12-31", "2027-01-31"],
    ["2026-12-15", "2027-01-15"],
    ["2026-02-28", "2026-03-28"],
  ])("A1 received %s -> due %s (GDPR.md vectors and month ends)", (received, due) => {
    expect(dueDay(legalDueAt(at(`${received}T10:00:00Z`), UTC), UTC)).toBe(due);
  });

  it.each([
    ["2028-01-31", "2028-02-29"],
    ["2028-01-29", "2028-02-29"],
    ["2027-01-29", "2027-02-28"],
    ["2028-02-29", "2028-03-29"],
  ])("A1 leap years: received %s -> due %s", (received, due) => {
    expect(dueDay(legalDueAt(at(`${received}T10:00:00Z`), UTC), UTC)).toBe(due);
  });

  it("A1 the request is due at the end of the due day in the organisation's zone, stored in UTC", () => {
    expect(legalDueAt(at("2026-03-05T10:00:00Z"), UTC).toISOString()).toBe("2026-04-05T23:59:59.999Z");
    // 5 April 2026 in Berlin is CEST (UTC+2): the day ends at 22:00 UTC.
    const berlin = legalDueAt(at("2026-03-05T10:00:00Z"), BERLIN);
    expect(berlin.toISOString()).toBe("2026-04-05T21:59:59.999Z");
    expect(formatInstant("en", berlin, "Europe/Berlin")).toBe("5 April 2026, 23:59 CEST");
  });

  it("A1 time zones: a receipt late in the evening in Berlin is already the next day there", () => {
    // 23:30 UTC on 4 March is 00:30 on 5 March in Berlin.
    const received = at("2026-03-04T23:30:00Z");
    expect(dueDay(legalDueAt(received, UTC), UTC)).toBe("2026-04-04");
    expect(dueDay(legalDueAt(received, BERLIN), BERLIN)).toBe("2026-04-05");
    // 22:30 Berlin time on 31 January is still 31 January in both zones.
    const evening = at("2026-01-31T21:30:00Z");
    expect(dueDay(legalDueAt(evening, BERLIN), BERLIN)).toBe("2026-02-28");
    expect(dueDay(legalDueAt(evening, UTC), UTC)).toBe("2026-02-28");
  });

  it("A1 the day an instant falls on: east and west of UTC, and a day's last millisecond", () => {
    expect(dayIn(at("2026-03-04T23:30:00Z"), "Europe/Berlin")).toEqual(day("2026-03-05"));
    expect(dayIn(at("2026-03-05T03:30:00Z"), "America/New_York")).toEqual(day("2026-03-04"));
    expect(dayIn(at("2026-03-29T21:59:59.999Z"), "Europe/Berlin")).toEqual(day("2026-03-29"));
    expect(dayIn(at("2026-03-29T22:00:00Z"), "Europe/Berlin")).toEqual(day("2026-03-30"));
  });

  it("A1 a receipt just after midnight in Berlin on 1 February counts from 1 February, not 31 January", () => {
    const received = at("2026-01-31T23:15:00Z"); // 00:15 CET on 1 February
    expect(dueDay(legalDueAt(received, BERLIN), BERLIN)).toBe("2026-03-01");
    expect(dueDay(legalDueAt(received, UTC), UTC)).toBe("2026-02-28");
  });

  it("A1 weekend option: a Saturday or Sunday due date moves to the next Monday; off by default", () => {
    // 2026-04-05 is a Sunday, 2026-02-28 a Saturday, 2026-05-05 a Tuesday.
    expect(dueDay(legalDueAt(at("2026-03-05T10:00:00Z"), WORKING_DAYS), UTC)).toBe("2026-04-06");
    expect(dueDay(legalDueAt(at("2026-01-31T10:00:00Z"), WORKING_DAYS), UTC)).toBe("2026-03-02");
    expect(dueDay(legalDueAt(at("2026-04-05T10:00:00Z"), WORKING_DAYS), UTC)).toBe("2026-05-05");
    expect(dueDay(legalDueAt(at("2026-03-05T10:00:00Z"), UTC), UTC)).toBe("2026-04-05");
  });

  it("A1 calendar helpers: month arithmetic clamps to the month's last day; weekdays stay", () => {
    expect(addCalendarMonths(day("2026-01-31"), 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(addCalendarMonths(day("2026-11-30"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(nextWorkingDay(day("2026-04-03")).toISOString()).toBe("2026-04-03T00:00:00.000Z");
    expect(nextWorkingDay(day("2026-04-04")).toISOString()).toBe("2026-04-06T00:00:00.000Z");
  });

  it("A1 the end of a day across the spring DST change in Berlin (a 23-hour day)", () => {
    expect(endOfDay(day("2026-03-29"), "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(endOfDay(day("2026-03-28"), "Europe/Berlin").toISOString()).toBe("2026-03-28T22:59:59.999Z");
  });

  it("A1 due exactly at the deadline is not yet overdue; a millisecond later it is", () => {
    const due = legalDueAt(at("2026-03-05T10:00:00Z"), UTC);
    expect(isOverdue(due, due)).toBe(false);
    expect(isOverdue(due, new Date(due.getTime() + 1))).toBe(true);
  });
});

describe("A2 the latest due date: receipt + 3 months", () => {
  it.each([
    ["2026-03-05", 1, "2026-05-05"],
    ["2026-03-05", 2, "2026-06-05"],
    ["2026-01-31", 1, "2026-03-31"],
    ["2026-01-31", 2, "2026-04-30"],
    ["2027-11-30", 2, "2028-02-29"],
  ] as const)("A2 received %s, extended by %i month(s) -> due %s", (received, months, due) => {
    expect(dueDay(extendedDueAt(at(`${received}T10:00:00Z`), UTC, months), UTC)).toBe(due);
  });

  it("A2 receipt + 3 months: 2026-03-05 -> 2026-06-05 (counted from the receipt, not the clamped due date)", () => {
    expect(dueDay(latestDueAt(at("2026-03-05T10:00:00Z"), UTC), UTC)).toBe("2026-06-05");
    // From 31 January: the first due date is 28 February, but the cap is 30 April, not 28 May.
    expect(dueDay(latestDueAt(at("2026-01-31T10:00:00Z"), UTC), UTC)).toBe("2026-04-30");
  });
});

describe("A3 the processor's due date", () => {
  it("A3 receipt + the organisation's due days, at the end of that day in its zone", () => {
    expect(processorDueAt(at("2026-03-05T10:00:00Z"), 10, UTC).toISOString()).toBe(
      "2026-03-15T23:59:59.999Z",
    );
    expect(processorDueAt(at("2026-03-04T23:30:00Z"), 7, BERLIN).toISOString()).toBe(
      "2026-03-12T22:59:59.999Z",
    );
  });

  it("A3 always at least a day before the legal due date, whatever the contract says", () => {
    const received = at("2026-01-31T10:00:00Z");
    expect(dueDay(processorDueAt(received, 30, UTC), UTC)).toBe("2026-02-27");
    expect(processorDueAt(received, 30, UTC).getTime()).toBeLessThan(legalDueAt(received, UTC).getTime());
    expect(() => processorDueAt(received, 0, UTC)).toThrow(RangeError);
  });
});

describe("A2/A3 extension rules", () => {
  const received = at("2026-03-05T10:00:00Z");
  const base: ExtensionRequest = {
    receivedAt: received,
    currentDueAt: legalDueAt(received, UTC),
    processorDueAt: processorDueAt(received, 10, UTC),
    extendedBefore: false,
    newDueDay: day("2026-06-05"),
    ground: "complexity",
    reason: "Twelve systems hold the subject's records.",
    notProcessorDelay: false,
    now: at("2026-03-10T09:00:00Z"),
    policy: UTC,
  };

  it("A2 an extension before the due date, up to receipt + 3 months, with a reason, is allowed", () => {
    expect(checkExtension(base)).toEqual({ ok: true, newDueAt: at("2026-06-05T23:59:59.999Z") });
    expect(checkExtension({ ...base, newDueDay: day("2026-05-05"), ground: "number_of_requests" })).toEqual({
      ok: true,
      newDueAt: at("2026-05-05T23:59:59.999Z"),
    });
  });

  it("A2 extended once only", () => {
    expect(checkExtension({ ...base, extendedBefore: true })).toEqual({
      ok: false,
      problem: "already-extended",
    });
  });

  it("A2 only before the current legal due date: on the due day yes, the day after no", () => {
    expect(checkExtension({ ...base, now: at("2026-04-05T23:00:00Z"), notProcessorDelay: true }).ok).toBe(
      true,
    );
    expect(checkExtension({ ...base, now: at("2026-04-06T00:00:00Z"), notProcessorDelay: true })).toEqual({
      ok: false,
      problem: "after-due-date",
    });
  });

  it("A2 never beyond receipt + 3 months", () => {
    expect(checkExtension({ ...base, newDueDay: day("2026-06-06") })).toEqual({
      ok: false,
      problem: "beyond-three-months",
    });
  });

  it("A2 the new date must be later than the current one; a reason is required", () => {
    expect(checkExtension({ ...base, newDueDay: day("2026-04-05") })).toEqual({
      ok: false,
      problem: "not-later",
    });
    expect(checkExtension({ ...base, reason: "   " })).toEqual({ ok: false, problem: "reason-missing" });
  });

  it("A3 the processor's lateness is never a reason", () => {
    expect(checkExtension({ ...base, ground: "processor_delay" })).toEqual({
      ok: false,
      problem: "processor-lateness",
    });
  });

  it("A3 once the processor's due date has passed, the extension needs the confirmation that it is not our own delay", () => {
    const late = { ...base, now: at("2026-03-20T09:00:00Z") };
    expect(checkExtension(late)).toEqual({ ok: false, problem: "processor-overdue-unconfirmed" });
    expect(checkExtension({ ...late, notProcessorDelay: true }).ok).toBe(true);
  });

  it("A1/A2 with the weekend option the cap moves like the due date: receipt 2026-03-07 -> cap Monday 2026-06-08", () => {
    const saturday = at("2026-03-07T10:00:00Z"); // + 3 months = Sunday 2026-06-07
    const request = {
      ...base,
      receivedAt: saturday,
      currentDueAt: legalDueAt(saturday, WORKING_DAYS),
      processorDueAt: processorDueAt(saturday, 10, WORKING_DAYS),
      policy: WORKING_DAYS,
    };
    expect(checkExtension({ ...request, newDueDay: day("2026-06-07") })).toEqual({
      ok: true,
      newDueAt: at("2026-06-08T23:59:59.999Z"),
    });
    expect(checkExtension({ ...request, newDueDay: day("2026-06-09") })).toEqual({
      ok: false,
      problem: "beyond-three-months",
    });
  });
});
