import { describe, expect, it } from "vitest";
import { buildTextDiff, diffTextLines } from "./diff-model";

const text = (lines: string[]) => `${lines.join("\n")}\n`;

describe("line diff with word-level changes", () => {
  it("marks an inserted sentence as one added line with correct line numbers", () => {
    const lines = diffTextLines("a\nb\nc\n", "a\nb\nNew sentence.\nc\n");
    expect(lines.map((l) => [l.kind, l.oldNumber, l.newNumber])).toEqual([
      ["same", 1, 1],
      ["same", 2, 2],
      ["added", null, 3],
      ["same", 3, 4],
    ]);
    expect(lines[2]!.segments).toEqual([{ kind: "added", text: "New sentence." }]);
  });

  it("pairs a changed line with its replacement and highlights only the changed words", () => {
    const lines = diffTextLines("Backups are kept for 14 days.\n", "Backups are kept for 30 days.\n");
    expect(lines.map((l) => l.kind)).toEqual(["removed", "added"]);
    expect(lines[0]!.segments.filter((s) => s.kind === "removed").map((s) => s.text)).toEqual(["14"]);
    expect(lines[1]!.segments.filter((s) => s.kind === "added").map((s) => s.text)).toEqual(["30"]);
    expect(lines[1]!.segments.map((s) => s.text).join("")).toBe("Backups are kept for 30 days.");
    expect(lines[0]!.segments.map((s) => s.text).join("")).toBe("Backups are kept for 14 days.");
  });

  it("joins changed words separated only by unchanged spaces into one change", () => {
    const [removed, added] = diffTextLines(
      "We rehearse incidents twice a year.\n",
      "We rehearse incidents four times a year.\n",
    );
    expect(removed!.segments).toEqual([
      { kind: "same", text: "We rehearse incidents " },
      { kind: "removed", text: "twice" },
      { kind: "same", text: " a year." },
    ]);
    expect(added!.segments).toEqual([
      { kind: "same", text: "We rehearse incidents " },
      { kind: "added", text: "four times " },
      { kind: "same", text: "a year." },
    ]);
  });

  it("shows lines with little in common as wholly removed and added, without word highlights", () => {
    const [removed, added] = diffTextLines(
      "2.9 Passwords are stored only as salted hashes.\n",
      "2.9 Customers can restrict access by IP range.\n",
    );
    expect(removed!.segments).toEqual([
      { kind: "removed", text: "2.9 Passwords are stored only as salted hashes." },
    ]);
    expect(added!.segments).toEqual([
      { kind: "added", text: "2.9 Customers can restrict access by IP range." },
    ]);
  });

  it("keeps unpaired lines of an uneven change whole", () => {
    const lines = diffTextLines("one\n", "uno\ndos\n");
    expect(lines.map((l) => l.kind)).toEqual(["removed", "added", "added"]);
    expect(lines[2]!.segments).toEqual([{ kind: "added", text: "dos" }]);
  });

  it("ignores the difference between CRLF and LF and a missing final newline", () => {
    expect(buildTextDiff("a\r\nb", "a\nb\n").identical).toBe(true);
  });
});

describe("diff blocks and counts", () => {
  const older = text(Array.from({ length: 30 }, (_, i) => `line ${i + 1}`));
  const newer = text(
    Array.from({ length: 30 }, (_, i) => (i === 14 ? "line 15 changed" : `line ${i + 1}`)).concat([
      "line 31",
    ]),
  );

  it("counts added and removed lines", () => {
    const diff = buildTextDiff(older, newer);
    expect(diff).toMatchObject({ addedLines: 2, removedLines: 1, identical: false });
  });

  it("collapses unchanged stretches and keeps two lines of context around changes", () => {
    const diff = buildTextDiff(older, newer);
    expect(diff.blocks.map((b) => [b.kind, b.lines.length])).toEqual([
      ["collapsed", 12], // lines 1-12
      ["changes", 6], // 13, 14, -15, +15, 16, 17
      ["collapsed", 11], // 18-28
      ["changes", 3], // 29, 30, +31
    ]);
    // Every line of the newer text is somewhere, in order.
    const newLines = diff.blocks.flatMap((b) => b.lines).filter((l) => l.kind !== "removed");
    expect(newLines.map((l) => l.newNumber)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it("does not collapse a single unchanged line between two changes", () => {
    const diff = buildTextDiff(
      text(["a", "b", "c", "d", "e", "f", "g"]),
      text(["A", "b", "c", "d", "e", "f", "G"]),
    );
    expect(diff.blocks.map((b) => b.kind)).toEqual(["changes"]);
  });

  it("reports identical texts", () => {
    const diff = buildTextDiff(older, older);
    expect(diff).toMatchObject({ addedLines: 0, removedLines: 0, identical: true });
    expect(diff.blocks.map((b) => b.kind)).toEqual(["collapsed"]);
  });
});
