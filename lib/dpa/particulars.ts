// The Art. 28(3) particulars of a DPA version (GDPR.md D1/D2): the subject matter, duration, nature and
// purpose of the processing, the types of personal data and categories of data subjects, and where in the
// text each of the clauses (a)-(h) of Art. 28(3) is found (the id of one of its headings, as the public page
// links it: /dpa#4-instructions-of-the-controller). Staff fill them in on the DPA's draft; a version is
// published only with all of them, every clause pointing at a heading of the published text (publish-check.ts).
// Pure and isomorphic: the staff form, the public page, the PDF and the tests use it.
import { z } from "zod";
import { headingText, parseMarkdown } from "../markdown/render.ts";

export const PARTICULAR_FIELDS = [
  "subjectMatter",
  "duration",
  "nature",
  "purpose",
  "dataTypes",
  "dataSubjects",
] as const;
export type ParticularField = (typeof PARTICULAR_FIELDS)[number];

/** Art. 28(3)(a)-(h). */
export const DPA_CLAUSES = ["a", "b", "c", "d", "e", "f", "g", "h"] as const;
export type DpaClause = (typeof DPA_CLAUSES)[number];

export type DpaParticulars = Record<ParticularField, string> & { clauses: Record<DpaClause, string> };

const text = z.string().trim().max(4000);
const anchor = z
  .string()
  .trim()
  .max(120)
  .transform((value) => value.replace(/^#/, ""));

const field = text.default("");
const located = anchor.default("");

/** What a draft may hold: every field optional (staff save as they go), nothing unknown. */
export const draftParticulars = z.strictObject({
  subjectMatter: field,
  duration: field,
  nature: field,
  purpose: field,
  dataTypes: field,
  dataSubjects: field,
  clauses: z
    .strictObject({
      a: located,
      b: located,
      c: located,
      d: located,
      e: located,
      f: located,
      g: located,
      h: located,
    })
    .default({ a: "", b: "", c: "", d: "", e: "", f: "", g: "", h: "" }),
});

/** The empty particulars of a new draft. */
export function emptyParticulars(): DpaParticulars {
  return draftParticulars.parse({});
}

/** Stored JSON (a draft's or a version's) read back; null when there is none or it is not particulars. */
export function readParticulars(value: unknown): DpaParticulars | null {
  if (value === null || value === undefined) return null;
  const parsed = draftParticulars.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The text's headings (every level) by the id the renderer gives them, with their visible text. */
export function headingTexts(markdown: string): Map<string, string> {
  const headings = new Map<string, string>();
  const tokens = parseMarkdown(markdown);
  tokens.forEach((token, index) => {
    const id = token.type === "heading_open" ? token.attrGet("id") : null;
    if (id) headings.set(String(id), headingText(tokens[index + 1]));
  });
  return headings;
}

/** The ids of the text's headings (every level), as the renderer gives them. */
export function headingIds(markdown: string): Set<string> {
  return new Set(headingTexts(markdown).keys());
}

export type ParticularsProblems = {
  /** Fields left empty. */
  missing: ParticularField[];
  /** Clauses with no location. */
  unlocated: DpaClause[];
  /** Clauses whose location is not a heading of the text. */
  notInText: { clause: DpaClause; anchor: string }[];
};

/** What keeps `particulars` from being published with `body`; null when nothing does. */
export function particularsProblems(
  particulars: DpaParticulars | null,
  body: string,
): ParticularsProblems | null {
  const p = particulars ?? emptyParticulars();
  const ids = headingIds(body);
  const missing = PARTICULAR_FIELDS.filter((field) => p[field].trim() === "");
  const unlocated = DPA_CLAUSES.filter((clause) => p.clauses[clause].trim() === "");
  const notInText = DPA_CLAUSES.filter(
    (clause) => p.clauses[clause] !== "" && !ids.has(p.clauses[clause]),
  ).map((clause) => ({ clause, anchor: p.clauses[clause] }));
  return missing.length + unlocated.length + notInText.length === 0
    ? null
    : { missing, unlocated, notInText };
}
