// The announce form's input (SECURITY.md S13): strict, every field bounded, type-specific required
// fields with specific messages, and nothing that a spreadsheet would run as a formula.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { announceChangeInput } from "./announce-input.ts";
import { editDetailsInput } from "./edit-details.ts";

const ADD = {
  type: "ADD",
  name: "Acme Cloud SE",
  purpose: "Hosting",
  dataCategories: "- Customer data\n\n* Log data\r\n",
  location: "Frankfurt",
  country: "de",
  transferMechanism: "EU/EEA – no transfer",
  website: "https://acme.example",
  effectiveDate: "2026-04-01",
  note: "Why we add it.",
};

/** Field errors by form field name (the keys of the form, not of the parsed result). */
const fieldErrors = (input: unknown): Record<string, string[] | undefined> => {
  const parsed = announceChangeInput.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("announce a change: input (S13)", () => {
  it("turns an addition into details with a calendar date, categories one per line without bullets, the country upper-cased", () => {
    const parsed = announceChangeInput.parse(ADD);
    expect(parsed).toMatchObject({
      type: "ADD",
      details: {
        name: "Acme Cloud SE",
        dataCategories: ["Customer data", "Log data"],
        dataCategoriesDe: [],
        country: "DE",
        purposeDe: "",
        dpaReference: "",
      },
      shorterNotice: false,
      note: "Why we add it.",
      noteDe: "",
    });
    expect(parsed.effectiveDate.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("refuses any field it does not know, e.g. a forged activeFrom or announcedById (S13)", () => {
    expect(announceChangeInput.safeParse({ ...ADD, activeFrom: "2020-01-01" }).success).toBe(false);
    expect(announceChangeInput.safeParse({ ...ADD, announcedById: "someone" }).success).toBe(false);
  });

  it("names every missing detail of an addition", () => {
    const errors = fieldErrors({ type: "ADD", effectiveDate: "2026-04-01" });
    expect(Object.keys(errors).sort()).toEqual([
      "country",
      "dataCategories",
      "location",
      "name",
      "purpose",
      "transferMechanism",
    ]);
    expect(errors.name).toEqual(["Enter the company name of the new subprocessor."]);
  });

  it("a replacement needs the new details and the one that stops; a removal only the one that stops", () => {
    expect(fieldErrors({ ...ADD, type: "REPLACE" })).toEqual({
      stoppingId: ["Choose the subprocessor that stops."],
    });
    const replace = announceChangeInput.parse({ ...ADD, type: "REPLACE", stoppingId: "sp_1" });
    expect(replace).toMatchObject({
      type: "REPLACE",
      stoppingId: "sp_1",
      details: { name: "Acme Cloud SE" },
    });
    const remove = announceChangeInput.parse({
      type: "REMOVE",
      stoppingId: "sp_2",
      effectiveDate: "2026-04-01",
      shorterNotice: "on",
    });
    expect(remove).toEqual(
      expect.objectContaining({ type: "REMOVE", stoppingId: "sp_2", shorterNotice: true }),
    );
    expect("details" in remove).toBe(false);
  });

  it("refuses impossible dates, unknown country codes, non-https websites and unknown change types", () => {
    expect(fieldErrors({ ...ADD, effectiveDate: "2026-02-30" }).effectiveDate).toBeDefined();
    expect(fieldErrors({ ...ADD, country: "XX" }).country).toEqual([
      "Enter the two-letter ISO country code, e.g. DE or US.",
    ]);
    expect(fieldErrors({ ...ADD, country: "EU" }).country).toBeDefined();
    expect(fieldErrors({ ...ADD, website: "http://acme.example" }).website).toBeDefined();
    expect(fieldErrors({ ...ADD, website: "javascript:alert(1)" }).website).toBeDefined();
    expect(fieldErrors({ ...ADD, type: "RENAME" }).type).toBeDefined();
    expect(fieldErrors({ ...ADD, shorterNotice: "yes" }).shorterNotice).toBeDefined();
  });

  it("refuses text a spreadsheet would run as a formula (the CSV export)", () => {
    expect(fieldErrors({ ...ADD, name: '=HYPERLINK("http://evil")' }).name).toBeDefined();
    expect(fieldErrors({ ...ADD, purpose: "@SUM(A1)" }).purpose).toBeDefined();
    expect(fieldErrors({ ...ADD, dataCategories: "Names\n+cmd" }).dataCategories).toBeDefined();
  });

  it("bounds every string (S13, S20)", () => {
    expect(fieldErrors({ ...ADD, name: "a".repeat(121) }).name).toBeDefined();
    expect(fieldErrors({ ...ADD, note: "a".repeat(2001) }).note).toBeDefined();
    expect(
      fieldErrors({ ...ADD, dataCategories: Array.from({ length: 21 }, (_, i) => `c${i}`).join("\n") })
        .dataCategories,
    ).toBeDefined();
    expect(fieldErrors({ ...ADD, stoppingId: "x".repeat(65) }).stoppingId).toBeDefined();
  });
});

describe("edit details: input (S13)", () => {
  const EDIT = {
    subprocessorId: "sp_1",
    purpose: "Hosting",
    purposeDe: "Hosting",
    dataCategoriesDe: "Kundendaten",
    website: "",
    dpaReference: "DPA-7",
  };

  it("accepts the corrections only; who, what and where cannot be edited here", () => {
    expect(editDetailsInput.parse(EDIT)).toMatchObject({ dataCategoriesDe: ["Kundendaten"] });
    for (const field of [
      "name",
      "country",
      "location",
      "transferMechanism",
      "dataCategories",
      "activeFrom",
    ]) {
      expect(editDetailsInput.safeParse({ ...EDIT, [field]: "x" }).success, field).toBe(false);
    }
    expect(editDetailsInput.safeParse({ ...EDIT, purpose: "" }).success).toBe(false);
  });
});

describe("one-line fields are single-line plain text (S25)", () => {
  it.each(["name", "location", "transferMechanism", "dpaReference"])(
    "refuses a line break, a line separator, a next-line or a bidi control in %s (S25)",
    (field) => {
      for (const value of ["Acme\nURGENT", "Acme\u2028URGENT", "Acme\u0085URGENT", "Acme\u202Ex"]) {
        expect(fieldErrors({ ...ADD, [field]: value }), `${field} = ${JSON.stringify(value)}`).toHaveProperty(
          field,
        );
      }
    },
  );

  it("refuses a bidi control or a line separator inside a data category (S25)", () => {
    expect(fieldErrors({ ...ADD, dataCategories: "Customer\u2028data" })).toHaveProperty("dataCategories");
    expect(fieldErrors({ ...ADD, dataCategories: "Customer \u202Edata" })).toHaveProperty("dataCategories");
  });
});
