import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../time/calendar-date.ts";
import { CSV_COLUMNS, subprocessorsCsv, subprocessorsDocument } from "./machine-readable.ts";
import type { PublicSubprocessor, SubprocessorRegister } from "./register.ts";
import { parseCsv, parseCsvRecords } from "./testing/parse-csv.ts";

const day = (iso: string) => parseIsoDate(iso)!;

function entry(name: string, extra: Partial<PublicSubprocessor> = {}): PublicSubprocessor {
  return {
    id: `id-${name}`,
    name,
    purpose: "Hosting",
    purposeDe: "Hosting",
    dataCategories: ["Customer data"],
    dataCategoriesDe: [],
    location: "Frankfurt",
    country: "DE",
    transferMechanism: "EU/EEA – no transfer",
    website: "https://example.test",
    activeFrom: day("2024-01-15"),
    activeUntil: null,
    ...extra,
  };
}

const awkward = entry('Quote "Co", Ltd.', {
  purpose: "Line one\nline two, with comma",
  dataCategories: ["Names", "IP addresses"],
  location: "Zürich – Ünïcödé",
});
const register: SubprocessorRegister = {
  today: day("2026-03-01"),
  current: [entry("Alpha GmbH"), awkward],
  upcoming: [entry("Future SAS", { activeFrom: day("2026-04-01") })],
  past: [entry("Gone Inc.", { activeUntil: day("2025-01-01") })],
  announcedChanges: [
    {
      id: "c1",
      type: "ADD",
      announcedAt: new Date("2026-02-01T09:30:00Z"),
      effectiveDate: day("2026-04-01"),
      note: "Why",
      noteDe: "",
      subprocessor: entry("Future SAS", { activeFrom: day("2026-04-01") }),
      replaced: null,
    },
  ],
  pastChanges: [],
};
const provider = {
  name: "Northwind",
  legalName: "Northwind GmbH",
  contact: "dpo@northwind.example",
  page: "https://trust.example/en/subprocessors",
};

describe("/subprocessors.json and /subprocessors.csv bodies", () => {
  it("JSON lists exactly the current entries with the documented fields, and the announced changes", () => {
    const doc = subprocessorsDocument(register, provider, new Date("2026-03-01T12:00:00Z"));
    expect(doc.generatedAt).toBe("2026-03-01T12:00:00.000Z");
    expect(doc.provider).toEqual(provider);
    expect(doc.subprocessors.map((s) => s.name)).toEqual(["Alpha GmbH", 'Quote "Co", Ltd.']);
    expect(Object.keys(doc.subprocessors[0]!).sort()).toEqual([...CSV_COLUMNS].sort());
    expect(doc.subprocessors[0]).toMatchObject({
      since: "2024-01-15",
      country: "DE",
      dataCategories: ["Customer data"],
    });
    expect(doc.announcedChanges).toEqual([
      expect.objectContaining({
        type: "ADD",
        effectiveDate: "2026-04-01",
        announcedAt: "2026-02-01T09:30:00.000Z",
        replaces: null,
        note: "Why",
        subprocessor: expect.objectContaining({ name: "Future SAS", since: "2026-04-01" }),
      }),
    ]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("CSV has a header row and the same entries; quotes, commas, line breaks and non-ASCII survive a strict RFC 4180 read", () => {
    const csv = subprocessorsCsv(register);
    expect(csv.startsWith("\uFEFFname,"), "a UTF-8 byte order mark, so spreadsheets read umlauts").toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...CSV_COLUMNS]);
    const records = parseCsvRecords(csv);
    expect(records.map((r) => r.name)).toEqual(["Alpha GmbH", 'Quote "Co", Ltd.']);
    expect(records[1]).toMatchObject({
      purpose: "Line one\nline two, with comma",
      dataCategories: "Names; IP addresses",
      location: "Zürich – Ünïcödé",
      since: "2024-01-15",
    });
  });

  it("an empty list is a header-only CSV and an empty JSON array", () => {
    const empty = { ...register, current: [], announcedChanges: [] };
    expect(parseCsv(subprocessorsCsv(empty))).toEqual([[...CSV_COLUMNS]]);
    expect(subprocessorsDocument(empty, provider, new Date()).subprocessors).toEqual([]);
  });
});
