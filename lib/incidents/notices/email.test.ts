import { describe, expect, it } from "vitest";
import { noticeEmail, noticePortalUrl, noticeSubject } from "./email.ts";

const facts = {
  providerName: "Northwind Analytics",
  reference: "INC-2026-0007",
  incidentTitle: "Exposed reporting database",
  phaseNumber: 1,
  summary: "First notice.",
  items: {
    nature: "Unauthorised access",
    dataSubjects: "End users, about 1,200",
    records: "Contact records, about 3,400",
    contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
    likelyConsequences: "Phishing",
    measures: null,
  },
  awareAt: new Date("2026-03-10T08:00:00Z"),
  sentAt: new Date("2026-03-10T12:30:00Z"),
  organizationName: "Acme GmbH",
  windowHours: 36,
  deadlineAt: new Date("2026-03-11T20:00:00Z"),
  portalUrl: noticePortalUrl("https://trust.example.test/", "acme", "n1"),
  timeZone: "UTC",
};

describe("breach notice email (B2, B3)", () => {
  it("B3: phase 1 has the plain subject, later phases are numbered updates", () => {
    expect(noticeSubject("Northwind Analytics", "INC-2026-0007", 1)).toBe(
      "[Northwind Analytics] Personal data breach notification INC-2026-0007",
    );
    expect(noticeSubject("Northwind Analytics", "INC-2026-0007", 3)).toBe(
      "[Northwind Analytics] Personal data breach notification INC-2026-0007 — update 3",
    );
  });

  it("B2: the text carries every item, “not yet known” for a null one, the deadline with its zone and the portal link", () => {
    const { text } = noticeEmail(facts);
    for (const value of [
      "Unauthorised access",
      "End users, about 1,200",
      "Contact records, about 3,400",
      "dpo@northwind.example",
      "Phishing",
    ])
      expect(text).toContain(value);
    expect(text).toContain("Measures taken or proposed (Art. 33(3)(d)):\nNot yet known");
    expect(text).toContain("within 36 hours, by 11 March 2026, 20:00 UTC");
    expect(text).toContain("https://trust.example.test/portal/acme/breach-notifications/n1");
    expect(text).toContain("To: Acme GmbH");
  });

  it("writes every time in the recipient's zone, with the zone named", () => {
    const { text } = noticeEmail({ ...facts, timeZone: "Europe/Berlin" });
    expect(text).toContain("Sent: 10 March 2026, 13:30 CET");
    expect(text).toContain("We became aware of this breach on 10 March 2026, 09:00 CET.");
    expect(text).toContain("within 36 hours, by 11 March 2026, 21:00 CET");
    expect(noticeEmail({ ...facts, timeZone: "America/New_York" }).text).toContain(
      "by 11 March 2026, 16:00 GMT-4 (New York)",
    );
  });
});
