// The notice email (GDPR.md C2; SECURITY.md S25, ADR 0015): the facts a customer needs, the window in the
// organisation's zone and the reader's language; names staff typed stay one inert line.
import { describe, expect, it } from "vitest";
import { noticeEmail, type NoticeEmailFacts } from "./notice-email.ts";

const facts: NoticeEmailFacts = {
  change: {
    type: "ADD",
    effectiveDate: new Date("2026-07-01T00:00:00.000Z"),
    note: "",
    noteDe: "",
    subprocessor: {
      name: "Evil\nBcc: victim@example.com <b>Corp</b>",
      purpose: "Ticket hosting",
      purposeDe: "Ticket-Hosting",
      dataCategories: ["Names"],
      dataCategoriesDe: ["Namen"],
      location: "Dublin",
      country: "IE",
      transferMechanism: "EU/EEA – no transfer",
    },
    replacedName: null,
  },
  providerName: "Northwind Analytics",
  organizationName: "Acme Retail AG",
  mode: "GENERAL",
  noticeDays: 30,
  earliestWindowEnd: new Date("2026-07-01T08:00:00.000Z"),
  timeZone: "Europe/Berlin",
  portalUrl: "https://trust.example/portal/acme/subprocessors",
};

describe("noticeEmail", () => {
  it("carries name, activity, categories, location, transfer and the window in the organisation's zone", () => {
    const { subject, text } = noticeEmail(facts, "en");
    expect(subject).toContain("Acme Retail AG");
    for (const fact of ["Ticket hosting", "Names", "Dublin (Ireland)", "EU/EEA – no transfer", "30 days"])
      expect(text).toContain(fact);
    // The window runs from delivery (GDPR.md C1): the email names its earliest end and points to the portal.
    expect(text).toContain("within 30 days of this notice reaching your organisation");
    expect(text).toContain("until 1 July 2026, 10:00 CEST at the earliest");
    expect(text).toContain(facts.portalUrl);
  });

  it("writes German for a German reader", () => {
    const { text } = noticeEmail(facts, "de");
    expect(text).toContain("Verarbeitungstätigkeit: Ticket-Hosting");
    expect(text).toContain("Datenkategorien: Namen");
  });

  it("keeps a typed name on one line: no injected line, markup stays text", () => {
    const { subject, text } = noticeEmail(facts, "en");
    expect(subject).not.toMatch(/\n/);
    expect(text.split("\n").some((line) => line.startsWith("Bcc:"))).toBe(false);
    expect(text).toContain("<b>Corp</b>");
  });

  it("asks for approval under specific authorisation", () => {
    const { text } = noticeEmail({ ...facts, mode: "SPECIFIC", earliestWindowEnd: null }, "en");
    expect(text).toContain("will not process your organisation's data until you approve it");
  });
});
