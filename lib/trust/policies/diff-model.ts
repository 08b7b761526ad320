// A readable comparison of two Markdown texts, line by line: changed lines carry word-level segments,
// long unchanged stretches are collapsed around a few lines of context. Pure; the public diff page
// renders it with <ins>/<del>.
import { diffLines, diffWordsWithSpace, type Change } from "diff";

export type SegmentKind = "same" | "added" | "removed";
export type DiffSegment = { kind: SegmentKind; text: string };

export type DiffLine = {
  kind: SegmentKind;
  /** Line number in the older text (null for an added line). */
  oldNumber: number | null;
  /** Line number in the newer text (null for a removed line). */
  newNumber: number | null;
  /** The line's text in pieces; on a changed line, the words that changed are their own segments. */
  segments: DiffSegment[];
};

export type DiffBlock =
  | { kind: "changes"; lines: DiffLine[] }
  /** Unchanged lines between changes, hidden by default (the lines are kept for expanding). */
  | { kind: "collapsed"; lines: DiffLine[] };

export type TextDiff = { blocks: DiffBlock[]; addedLines: number; removedLines: number; identical: boolean };

/** Lines of unchanged text kept visible before and after each change. */
export const DEFAULT_CONTEXT = 2;

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Same line endings and a final newline, so "a" and "a\n" compare equal line by line. */
function normalise(text: string): string {
  const unix = text.replace(/\r\n?/g, "\n");
  return unix === "" || unix.endsWith("\n") ? unix : `${unix}\n`;
}

/** "four", " ", "times" -> "four times": changed words separated only by unchanged spaces read as one change. */
function joinChanges(segments: DiffSegment[]): DiffSegment[] {
  const joined: DiffSegment[] = [];
  segments.forEach((segment, index) => {
    const last = joined.at(-1);
    const next = segments[index + 1];
    const bridge =
      segment.kind === "same" &&
      segment.text.trim() === "" &&
      last &&
      last.kind !== "same" &&
      next?.kind === last.kind;
    if (last && (bridge || last.kind === segment.kind)) last.text += segment.text;
    else joined.push({ ...segment });
  });
  return joined;
}

/** Below this share of unchanged text, word highlights would mark nearly everything: not worth it. */
const MIN_SIMILARITY = 0.5;

function similarity(words: Change[], before: string, after: string): number {
  const common = words
    .filter((w) => !w.added && !w.removed)
    .reduce((sum, w) => sum + w.value.trim().length, 0);
  const total = before.trim().length + after.trim().length;
  return total === 0 ? 1 : (2 * common) / total;
}

/** The i-th removed line is compared word by word with the i-th added line of the same change. */
function pairedLines(
  removed: string[],
  added: string[],
): { removed: DiffSegment[][]; added: DiffSegment[][] } {
  const result = { removed: [] as DiffSegment[][], added: [] as DiffSegment[][] };
  for (let i = 0; i < Math.max(removed.length, added.length); i++) {
    const before = removed[i];
    const after = added[i];
    const words = before !== undefined && after !== undefined ? diffWordsWithSpace(before, after) : [];
    if (before !== undefined && after !== undefined && similarity(words, before, after) >= MIN_SIMILARITY) {
      result.removed.push(
        joinChanges(
          words.filter((w) => !w.added).map((w) => ({ kind: w.removed ? "removed" : "same", text: w.value })),
        ),
      );
      result.added.push(
        joinChanges(
          words.filter((w) => !w.removed).map((w) => ({ kind: w.added ? "added" : "same", text: w.value })),
        ),
      );
    } else {
      // Lines with little in common (or without a partner) are shown as wholly removed and added.
      if (before !== undefined) result.removed.push([{ kind: "removed", text: before }]);
      if (after !== undefined) result.added.push([{ kind: "added", text: after }]);
    }
  }
  return result;
}

/** Every line of both texts in reading order: unchanged, then each change's removed and added lines. */
export function diffTextLines(older: string, newer: string): DiffLine[] {
  const parts = diffLines(normalise(older), normalise(newer));
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const text of splitLines(part.value))
        lines.push({
          kind: "same",
          oldNumber: oldNumber++,
          newNumber: newNumber++,
          segments: [{ kind: "same", text }],
        });
      continue;
    }
    // A change is a run of removed lines, added lines, or removed lines directly followed by added ones.
    const removed = part.removed ? splitLines(part.value) : [];
    const next = parts[i + 1];
    const added = part.added ? splitLines(part.value) : next?.added ? splitLines(next.value) : [];
    if (part.removed && next?.added) i++;
    const segments = pairedLines(removed, added);
    for (const line of segments.removed)
      lines.push({ kind: "removed", oldNumber: oldNumber++, newNumber: null, segments: line });
    for (const line of segments.added)
      lines.push({ kind: "added", oldNumber: null, newNumber: newNumber++, segments: line });
  }
  return lines;
}

/** Groups the lines into visible changes with `context` lines around them and collapsed stretches between. */
export function buildTextDiff(older: string, newer: string, context = DEFAULT_CONTEXT): TextDiff {
  const lines = diffTextLines(older, newer);
  const changed = lines.map((line) => line.kind !== "same");
  const visible = lines.map((_, index) => {
    for (let j = Math.max(0, index - context); j <= Math.min(lines.length - 1, index + context); j++)
      if (changed[j]) return true;
    return false;
  });
  // Hiding a single line saves nothing: it stays visible.
  visible.forEach((shown, index) => {
    if (!shown && visible[index - 1] !== false && visible[index + 1] !== false) visible[index] = true;
  });
  const blocks: DiffBlock[] = [];
  lines.forEach((line, index) => {
    const kind = visible[index] ? "changes" : "collapsed";
    const last = blocks.at(-1);
    if (last?.kind === kind) last.lines.push(line);
    else blocks.push({ kind, lines: [line] });
  });
  const addedLines = lines.filter((line) => line.kind === "added").length;
  const removedLines = lines.filter((line) => line.kind === "removed").length;
  return { blocks, addedLines, removedLines, identical: addedLines === 0 && removedLines === 0 };
}
