// The authorisation a notice gives at a moment (GDPR.md C1) and the window it opens: pure rules.
import { describe, expect, it } from "vitest";
import { judge } from "./authorised-at.ts";
import { matrixState } from "./staff-matrix.ts";
import { awaitsDelivery, windowEnd, windowsLongerThanNotice } from "./window.ts";

const AT = new Date("2026-06-01T12:00:00.000Z");
const BEFORE = new Date(AT.getTime() - 1);
const AFTER = new Date(AT.getTime() + 1);

describe("judge", () => {
  it("authorises a general notice once its window has closed in silence, not before", () => {
    expect(judge("GENERAL", "NOTIFIED", AFTER, AT)).toEqual({ state: "window_open", basis: null });
    expect(judge("GENERAL", "NOTIFIED", AT, AT)).toEqual({ state: "authorised", basis: "window_closed" });
    expect(judge("GENERAL", "NOTIFIED", BEFORE, AT)).toEqual({ state: "authorised", basis: "window_closed" });
  });

  it("never authorises a specific notice without approval, however long ago it was sent", () => {
    expect(judge("SPECIFIC", "NOTIFIED", null, AT)).toEqual({ state: "awaiting_approval", basis: null });
    expect(judge("SPECIFIC", "REFUSED", null, AT)).toEqual({ state: "refused", basis: null });
    expect(judge("SPECIFIC", "APPROVED", null, AT)).toEqual({ state: "authorised", basis: "approved" });
  });

  it("keeps an objection unauthorised, even after the window", () => {
    expect(judge("GENERAL", "OBJECTED", BEFORE, AT)).toEqual({ state: "objected", basis: null });
    expect(judge("GENERAL", "ACCEPTED", AFTER, AT)).toEqual({ state: "authorised", basis: "accepted" });
    expect(judge("GENERAL", "DEEMED_ACCEPTED", BEFORE, AT)).toEqual({
      state: "authorised",
      basis: "deemed_accepted",
    });
  });
});

describe("windows", () => {
  it("closes notice days × 24 h after delivery, only for general authorisation of an addition", () => {
    expect(windowEnd("GENERAL", AT, 30, true)).toEqual(new Date("2026-07-01T12:00:00.000Z"));
    expect(windowEnd("SPECIFIC", AT, 30, true)).toBeNull();
    expect(windowEnd("GENERAL", AT, 30, false)).toBeNull();
  });

  it("waits for delivery only while a general notice of an addition is unanswered and undelivered", () => {
    const notice = { type: "ADD", mode: "GENERAL", status: "NOTIFIED", deliveredAt: null } as const;
    expect(awaitsDelivery(notice)).toBe(true);
    expect(awaitsDelivery({ ...notice, deliveredAt: AT })).toBe(false);
    expect(awaitsDelivery({ ...notice, status: "OBJECTED" })).toBe(false);
    expect(awaitsDelivery({ ...notice, mode: "SPECIFIC" })).toBe(false);
    expect(awaitsDelivery({ ...notice, type: "REMOVE" })).toBe(false);
  });

  it("names the general organisations whose window is longer than the notice given", () => {
    const orgs = [
      { mode: "GENERAL" as const, noticeDays: 30 },
      { mode: "GENERAL" as const, noticeDays: 45 },
      { mode: "SPECIFIC" as const, noticeDays: 90 },
    ];
    expect(windowsLongerThanNotice(orgs, 30)).toEqual([orgs[1]]);
  });
});

describe("matrixState", () => {
  const delivery = (accepted: number, pending: number, failures: number) => ({
    accepted,
    pending,
    failures: Array.from({ length: failures }, (_, i) => ({ address: `a${i}@x.example`, reason: "550" })),
  });
  it("shows an answer first, then delivered, bounced or notified", () => {
    expect(matrixState("DEEMED_ACCEPTED", delivery(0, 0, 2))).toBe("deemed_accepted");
    expect(matrixState("NOTIFIED", delivery(1, 0, 1))).toBe("delivered");
    expect(matrixState("NOTIFIED", delivery(0, 0, 2))).toBe("bounced");
    expect(matrixState("NOTIFIED", delivery(0, 1, 1))).toBe("notified");
  });
});
