// Every date a form accepts is a real date within sane bounds (years 2000–2100). One rule serves every
// date field of every form (form-dates.test.ts checks that each form uses it).
import { describe, expect, it } from "vitest";
import {
  calendarDayInput,
  DATE_INPUT_BOUNDS,
  dateTimeInput,
  optionalCalendarDayInput,
} from "./date-input.ts";

describe("the bounded date rule", () => {
  it.each(["2000-01-01", "2026-03-12", "2100-12-31"])("accepts the calendar day %s", (value) => {
    expect(calendarDayInput().parse(value)).toEqual(new Date(`${value}T00:00:00.000Z`));
  });

  it.each(["0001-01-01", "1999-12-31", "2101-01-01", "9999-12-31", "2027-02-30", "30.06.2027", "2026-3-1"])(
    "refuses the calendar day %s",
    (value) => {
      expect(calendarDayInput().safeParse(value).success).toBe(false);
    },
  );

  it("an optional calendar day is null when empty, and bounded when given", () => {
    expect(optionalCalendarDayInput().parse("")).toBeNull();
    expect(optionalCalendarDayInput().parse(undefined)).toBeNull();
    expect(optionalCalendarDayInput().safeParse("0001-01-01").success).toBe(false);
    expect(calendarDayInput().safeParse("").success).toBe(false);
  });

  it("an optional date and time may be left empty", () => {
    expect(dateTimeInput({ optional: true }).parse("")).toBe("");
    expect(dateTimeInput().safeParse("").success).toBe(false);
  });

  it("says what is wrong: the shape, or the year", () => {
    const issues = (value: string) =>
      dateTimeInput()
        .safeParse(value)
        .error?.issues.map((i) => i.message);
    expect(issues("yesterday")).toEqual(["Enter a date and time."]);
    expect(issues("0001-01-01T00:00")).toEqual(["Enter a year between 2000 and 2100."]);
    expect(calendarDayInput().safeParse("1999-12-31").error?.issues[0]?.message).toBe(
      "Enter a year between 2000 and 2100.",
    );
  });

  it.each(["2000-01-01T00:00", "2026-03-28T13:00", "2100-12-31T23:59"])(
    "accepts the date and time %s (kept as entered)",
    (value) => {
      expect(dateTimeInput().parse(value)).toBe(value);
    },
  );

  it.each([
    "0001-01-01T00:00",
    "0099-12-31T23:59",
    "1999-12-31T23:59",
    "2101-01-01T00:00",
    "2026-02-30T10:00",
    "2026-03-28T24:00",
    "2026-03-28T13:60",
    "2026-03-28",
  ])("refuses the date and time %s", (value) => {
    expect(dateTimeInput().safeParse(value).success).toBe(false);
  });

  it("names the bounds it enforces (forms put them on their inputs as min and max)", () => {
    expect(DATE_INPUT_BOUNDS).toEqual({
      minDay: "2000-01-01",
      maxDay: "2100-12-31",
      minDateTime: "2000-01-01T00:00",
      maxDateTime: "2100-12-31T23:59",
    });
  });
});
