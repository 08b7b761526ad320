import { describe, expect, it } from "vitest";
import { authorityClock, delayReasonRequired } from "./authority-clock.ts";

describe("the controller's 72-hour clock (B4)", () => {
  const delivered = new Date("2026-03-28T22:30:00Z"); // the night before the EU switches to summer time

  it("B4: runs 72 elapsed hours from delivery, across a DST change, in UTC", () => {
    const clock = authorityClock(delivered, new Date("2026-03-29T10:30:00Z"));
    expect(clock.deadlineAt.toISOString()).toBe("2026-03-31T22:30:00.000Z");
    expect(clock.remainingMs).toBe(60 * 3_600_000);
    expect(clock.overdue).toBe(false);
    expect(clock.label).toBe("2 d 12 h left");
  });

  it("B4: is overdue after the deadline and says by how much", () => {
    const clock = authorityClock(delivered, new Date("2026-04-01T01:50:30Z"));
    expect(clock.overdue).toBe(true);
    expect(clock.label).toBe("3 h 21 min overdue");
  });

  it("B4: requires reasons for delay only when the authority was (or is still not) notified after 72 hours", () => {
    const { deadlineAt } = authorityClock(delivered, delivered);
    const before = new Date(deadlineAt.getTime() - 1);
    const after = new Date(deadlineAt.getTime() + 60_000);
    expect(delayReasonRequired(deadlineAt, before, after)).toBe(false);
    expect(delayReasonRequired(deadlineAt, deadlineAt, after)).toBe(false);
    expect(delayReasonRequired(deadlineAt, after, after)).toBe(true);
    expect(delayReasonRequired(deadlineAt, null, before)).toBe(false);
    expect(delayReasonRequired(deadlineAt, null, after)).toBe(true);
  });
});
