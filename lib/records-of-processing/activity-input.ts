// What staff send to describe a processing activity (S13: strict objects; ADR 0031). Each list is typed one
// item a line in a text area; every item is one line of plain text (S25), because it reaches PDFs, CSV
// and other organisations' screens.
import { z } from "zod";
import { isSingleLine, singleLineText } from "../text/single-line.ts";

const MAX_ITEMS = 30;
const MAX_ITEM = 200;

/** A text area's lines as a list: trimmed, blank lines dropped, duplicates kept once (first wins). */
export function linesOf(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line && !seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

function lineList(label: string, options: { required: boolean }) {
  return z
    .union([z.string(), z.array(z.string())])
    .default("")
    .transform((value, issue) => {
      const items = Array.isArray(value) ? linesOf(value.join("\n")) : linesOf(value);
      if (options.required && items.length === 0) {
        issue.addIssue({ code: "custom", message: `Name at least one of ${label}.` });
        return z.NEVER;
      }
      if (items.length > MAX_ITEMS) {
        issue.addIssue({ code: "custom", message: `Name at most ${MAX_ITEMS} of ${label}.` });
        return z.NEVER;
      }
      const bad = items.find((item) => item.length > MAX_ITEM || !isSingleLine(item));
      if (bad !== undefined) {
        issue.addIssue({
          code: "custom",
          message: `Each of ${label} must be plain text of at most ${MAX_ITEM} characters.`,
        });
        return z.NEVER;
      }
      return items;
    });
}

export const saveActivityInput = z.strictObject({
  /** Empty: a new activity. */
  activityId: z.string().max(64).default(""),
  name: singleLineText({ max: 120, label: "the name", required: "Name the activity." }),
  purpose: singleLineText({ max: 1000, label: "the purpose", required: "Describe the purpose." }),
  processingCategories: lineList("the categories of processing", { required: true }),
  dataCategories: lineList("the data categories", { required: true }),
  dataSubjectCategories: lineList("the categories of data subjects", { required: true }),
  /** DataSystem keys, one a line. */
  systemKeys: lineList("the systems", { required: false }),
});
export type SaveActivityInput = z.input<typeof saveActivityInput>;
export type SaveActivity = z.output<typeof saveActivityInput>;

export const removeActivityInput = z.strictObject({ activityId: z.string().min(1).max(64) });
export type RemoveActivityInput = z.input<typeof removeActivityInput>;
