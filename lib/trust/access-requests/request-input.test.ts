// The public access-request form (S13 strict input, S20 length caps): unknown fields are refused, the
// typed name must match, the document list is bounded, the reason is at most 1000 characters.
import { describe, expect, it } from "vitest";
import { accessRequestInput } from "./request-input";

const valid = {
  locale: "en",
  documents: "pentest-summary-2026,security-questionnaire-caiq",
  name: "Jane Doe",
  email: " Jane.Doe@Buyer.Example ",
  company: "Buyer AG",
  reason: "Vendor security review",
  ndaTemplateId: "cltemplate1",
  typedName: " jane doe ",
  website: "",
};

const fieldErrors = (input: Record<string, unknown>) => {
  const result = accessRequestInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join(".") || "(form)", i.message]));
};

describe("access request input", () => {
  it("parses a valid request: address lower-cased, documents split and de-duplicated", () => {
    const parsed = accessRequestInput.parse({ ...valid, documents: "a-doc, b-doc,a-doc," });
    expect(parsed.email).toBe("jane.doe@buyer.example");
    expect(parsed.documents).toEqual(["a-doc", "b-doc"]);
  });

  it("refuses extra fields (S13)", () => {
    expect(fieldErrors({ ...valid, status: "APPROVED" })).toHaveProperty("(form)");
  });

  it("requires the typed name to equal the name field", () => {
    expect(fieldErrors({ ...valid, typedName: "John Doe" })).toHaveProperty("typedName");
    expect(fieldErrors({ ...valid, typedName: "" })).toHaveProperty("typedName");
  });

  it("caps the reason at 1000 characters and every other string (S20)", () => {
    expect(fieldErrors({ ...valid, reason: "x".repeat(1000) })).toEqual({});
    expect(fieldErrors({ ...valid, reason: "x".repeat(1001) })).toHaveProperty("reason");
    expect(fieldErrors({ ...valid, name: "n".repeat(201), typedName: "n".repeat(201) })).toHaveProperty(
      "name",
    );
    expect(fieldErrors({ ...valid, website: "w".repeat(501) })).toHaveProperty("website");
    expect(fieldErrors({ ...valid, documents: "d,".repeat(1001) })).toHaveProperty("documents");
  });

  it("needs at least one and at most 20 well-formed document slugs", () => {
    expect(fieldErrors({ ...valid, documents: "" })).toHaveProperty("documents");
    expect(
      fieldErrors({ ...valid, documents: Array.from({ length: 21 }, (_, i) => `doc-${i}`).join(",") }),
    ).toHaveProperty("documents");
    expect(Object.keys(fieldErrors({ ...valid, documents: "../etc/passwd" }))[0]).toMatch(/^documents/);
  });

  it("refuses a malformed address and a missing company", () => {
    expect(fieldErrors({ ...valid, email: "not-an-address" })).toHaveProperty("email");
    expect(fieldErrors({ ...valid, company: " " })).toHaveProperty("company");
  });
});

describe("single-line fields", () => {
  it("refuses line breaks in name and company (they reach email subjects)", () => {
    expect(fieldErrors({ ...valid, company: "Buyer\r\nBcc: x@evil.example" })).toHaveProperty("company");
    expect(fieldErrors({ ...valid, name: "Jane\nDoe", typedName: "Jane\nDoe" })).toHaveProperty("name");
  });
});

describe("names are single-line plain text (S25)", () => {
  it.each([
    ["a line separator (U+2028)", "Jane\u2028URGENT: verify at https://evil.example"],
    ["a next-line control (U+0085)", "Jane\u0085URGENT"],
    ["a paragraph separator (U+2029)", "Jane\u2029URGENT"],
    ["a right-to-left override (U+202E)", "Jane\u202Eeod"],
    ["a left-to-right embedding (U+202A)", "Jane\u202ADoe"],
    ["a first-strong isolate (U+2068)", "Jane\u2068Doe"],
    ["a zero-width space (U+200B)", "Jane\u200BDoe"],
    ["a byte-order mark (U+FEFF)", "Jane\uFEFFDoe"],
  ])("refuses %s in the name, the company and the typed name (S25)", (_what, value) => {
    expect(fieldErrors({ ...valid, name: value, typedName: value })).toHaveProperty("name");
    expect(fieldErrors({ ...valid, company: value })).toHaveProperty("company");
    expect(fieldErrors({ ...valid, typedName: value })).toHaveProperty("typedName");
  });
});
