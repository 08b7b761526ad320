import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../time/calendar-date.ts";
import { changeNoticeEmail, type ChangeNoticeFacts } from "./change-notice.ts";
import { changeUpdateEntry } from "./change-update.ts";

const facts: ChangeNoticeFacts = {
  type: "REPLACE",
  effectiveDate: parseIsoDate("2026-03-12")!,
  note: "Moving email delivery to the EU.",
  noteDe: "",
  subprocessor: {
    name: "Postwerk Mail GmbH",
    purpose: "Email delivery",
    purposeDe: "E-Mail-Versand",
    dataCategories: ["Email addresses", "Email content"],
    dataCategoriesDe: [],
    location: "Nuremberg",
    country: "DE",
    transferMechanism: "EU/EEA – no transfer",
  },
  replacedName: "Relaymail Inc.",
};
const context = {
  providerName: "Northwind Analytics",
  dpoName: "Dr. Lena Vogel",
  dpoEmail: "dpo@northwind.example",
  subprocessorsUrl: "https://trust.example/en/subprocessors",
  unsubscribeUrl: "https://trust.example/en/subscriptions/unsubscribe/TOKEN",
};

describe("change notice email (GDPR.md C2)", () => {
  it("names the change, the date, the new subprocessor's details, the objection right and both links (English)", () => {
    const { subject, text } = changeNoticeEmail(facts, "en", context);
    expect(subject).toBe(
      "Subprocessor change: Postwerk Mail GmbH replaces Relaymail Inc. (from 12 March 2026)",
    );
    for (const expected of [
      "Effective date: 12 March 2026",
      "Purpose: Email delivery",
      "Data categories: Email addresses; Email content",
      "Location: Nuremberg (Germany)",
      "Transfer mechanism: EU/EEA – no transfer",
      "Replaces: Relaymail Inc. (stops processing on 12 March 2026)",
      "Note: Moving email delivery to the EU.",
      "you may object to this change before it takes effect",
      "dpo@northwind.example",
      context.subprocessorsUrl,
      context.unsubscribeUrl,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("speaks German to German subscribers, with English fields where no German text exists", () => {
    const { subject, text } = changeNoticeEmail(facts, "de", {
      ...context,
      unsubscribeUrl: "https://trust.example/de/subscriptions/unsubscribe/TOKEN",
    });
    expect(subject).toBe(
      "Änderung der Unterauftragsverarbeiter: Postwerk Mail GmbH ersetzt Relaymail Inc. (ab 12. März 2026)",
    );
    expect(text).toContain("Zweck: E-Mail-Versand");
    expect(text).toContain("Datenkategorien: Email addresses; Email content");
    expect(text).toContain("Ort: Nuremberg (Deutschland)");
    expect(text).toContain("Übermittlungsgrundlage: EU/EWR – keine Übermittlung");
    expect(text).toContain("Hinweis: Moving email delivery to the EU.");
    expect(text).toContain("Widerspruchsrecht");
  });

  it("a removal says when processing stops and lists no new details", () => {
    const { subject, text } = changeNoticeEmail(
      { ...facts, type: "REMOVE", replacedName: null, note: "" },
      "en",
      context,
    );
    expect(subject).toBe(
      "Subprocessor change: Subprocessor removed: Postwerk Mail GmbH (from 12 March 2026)",
    );
    expect(text).toContain("It stops processing personal data for us on 12 March 2026.");
    expect(text).not.toContain("Purpose:");
    expect(text).not.toContain("Note:");
  });

  it("the updates-feed entry links to the list and leads with the effective date", () => {
    const entry = changeUpdateEntry(
      {
        type: "ADD",
        name: "Lumen AI SAS",
        replacedName: null,
        effectiveDate: facts.effectiveDate,
        note: "EU inference.",
        noteDe: "",
      },
      new Date("2026-02-01T10:00:00Z"),
    );
    expect(entry).toMatchObject({
      topic: "SUBPROCESSOR",
      path: "/subprocessors",
      title: "New subprocessor: Lumen AI SAS",
      titleDe: "Neuer Unterauftragsverarbeiter: Lumen AI SAS",
      summary: "Effective 12 March 2026. EU inference.",
      summaryDe: "Gültig ab 12. März 2026. EU inference.",
    });
  });
});
