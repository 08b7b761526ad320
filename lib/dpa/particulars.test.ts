// The Art. 28(3) particulars' rules (GDPR.md D1/D2): every field needed, every clause located at a heading
// id the renderer gives the text (any level, "#" optional), stored JSON read back strictly; the seed's DPA
// particulars are complete for the seed's DPA text in both languages.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DPA_MESSAGES } from "./messages.ts";
import {
  draftParticulars,
  emptyParticulars,
  headingIds,
  particularsProblems,
  readParticulars,
} from "./particulars.ts";
import { completeParticulars, dpaBody } from "./test-fixtures.ts";

const seed = (name: string) =>
  readFileSync(new URL(`../../prisma/seed-content/${name}`, import.meta.url), "utf8");

describe("particularsProblems", () => {
  it("accepts complete particulars whose clauses are headings of the text", () => {
    expect(particularsProblems(completeParticulars(), dpaBody())).toBeNull();
  });

  it("names empty fields, unlocated clauses and clauses pointing nowhere", () => {
    const base = completeParticulars({ duration: " ", dataTypes: "" });
    const problems = particularsProblems(
      { ...base, clauses: { ...base.clauses, b: "", h: "nowhere" } },
      dpaBody(),
    );
    expect(problems).toEqual({
      missing: ["duration", "dataTypes"],
      unlocated: ["b"],
      notInText: [{ clause: "h", anchor: "nowhere" }],
    });
    expect(DPA_MESSAGES.particularsMissing(problems!).en).toBe(
      'This DPA version cannot be published without its Art. 28(3) particulars: missing duration, types of personal data; no location in the text for clause (b) of Art. 28(3); clause (h) points at "#nowhere", which is not a heading of this text. Fill them in under "Art. 28(3) particulars" and save, then publish again. Nothing was published.',
    );
  });

  it("treats no particulars as everything missing", () => {
    expect(particularsProblems(null, dpaBody())).toMatchObject({
      missing: expect.arrayContaining(["subjectMatter"]),
    });
    expect(particularsProblems(emptyParticulars(), "")?.unlocated).toHaveLength(8);
  });

  it("reads heading ids of every level, with the renderer's de-duplication; a leading # is dropped", () => {
    expect([...headingIds("# A\n\n## A\n\n### Über uns\n")]).toEqual(["a", "a-2", "uber-uns"]);
    expect(draftParticulars.parse({ clauses: { a: "#4-x" } }).clauses.a).toBe("4-x");
  });

  it("reads stored JSON strictly", () => {
    expect(readParticulars(null)).toBeNull();
    expect(readParticulars({ unknown: 1 })).toBeNull();
    expect(readParticulars(completeParticulars())).toEqual(completeParticulars());
  });

  it("the seed's DPA particulars are complete for its text in English and German", () => {
    const all = JSON.parse(seed("dpa.particulars.json")) as Record<"en" | "de", unknown>;
    for (const locale of ["en", "de"] as const)
      expect(particularsProblems(readParticulars(all[locale]), seed(`dpa.${locale}.md`)), locale).toBeNull();
  });
});
