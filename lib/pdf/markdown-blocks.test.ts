import { describe, expect, it } from "vitest";
import { markdownBlocks } from "./markdown-blocks";

const texts = (runs: { text: string }[]) => runs.map((r) => r.text).join("");

describe("Markdown to printable blocks", () => {
  it("reads headings, paragraphs with bold/italic/code runs, and rules", () => {
    const blocks = markdownBlocks("## 1. Scope\n\nSome **bold** and *italic* `code`.\n\n---\n");
    expect(blocks[0]).toEqual({
      type: "heading",
      level: 2,
      runs: [{ text: "1. Scope", bold: false, italic: false, code: false }],
    });
    expect(blocks[1]).toMatchObject({ type: "paragraph", quoteDepth: 0 });
    const runs = (blocks[1] as { runs: { text: string; bold: boolean; italic: boolean; code: boolean }[] })
      .runs;
    expect(runs.find((r) => r.text === "bold")).toMatchObject({ bold: true, italic: false });
    expect(runs.find((r) => r.text === "italic")).toMatchObject({ bold: false, italic: true });
    expect(runs.find((r) => r.text === "code")).toMatchObject({ code: true });
    expect(blocks[2]).toEqual({ type: "rule" });
  });

  it("numbers ordered lists from their start, bullets unordered ones, and tracks nesting", () => {
    const blocks = markdownBlocks("3. three\n4. four\n   - nested\n\n- **Annex 1:** TOMs\n");
    expect(blocks.map((b) => (b.type === "listItem" ? [b.marker, b.depth, texts(b.runs)] : b.type))).toEqual([
      ["3.", 1, "three"],
      ["4.", 1, "four"],
      ["•", 2, "nested"],
      ["•", 1, "Annex 1: TOMs"],
    ]);
  });

  it("gives continuation paragraphs of a list item no second marker", () => {
    const blocks = markdownBlocks("- first paragraph\n\n  second paragraph\n- next\n");
    expect(blocks.map((b) => (b.type === "listItem" ? b.marker : b.type))).toEqual(["•", "", "•"]);
  });

  it("reads tables as a header and rows of plain text", () => {
    const blocks = markdownBlocks(
      "| Scenario | RTO |\n| --- | --- |\n| **Zone** failure | Minutes |\n| Region | 8 hours |\n",
    );
    expect(blocks).toEqual([
      {
        type: "table",
        header: ["Scenario", "RTO"],
        rows: [
          ["Zone failure", "Minutes"],
          ["Region", "8 hours"],
        ],
      },
    ]);
  });

  it("keeps link text and prints the address when it differs", () => {
    const [block] = markdownBlocks(
      "See [our policy](https://example.com/policy) or https://example.com or [mail](mailto:dpo@example.com).",
    );
    expect(texts((block as { runs: { text: string }[] }).runs)).toBe(
      "See our policy (https://example.com/policy) or https://example.com or mail (dpo@example.com).",
    );
  });

  it("prints no address for a link to another trust page", () => {
    const [block] = markdownBlocks("An annex to the [DPA](/dpa) and [section 3](#3-encryption).");
    expect(texts((block as { runs: { text: string }[] }).runs)).toBe("An annex to the DPA and section 3.");
  });

  it("shows raw HTML as text, like the web page", () => {
    const [block] = markdownBlocks("<script>alert(1)</script>");
    expect(block).toMatchObject({ type: "paragraph" });
    expect(texts((block as { runs: { text: string }[] }).runs)).toBe("<script>alert(1)</script>");
  });

  it("keeps code blocks verbatim and marks quotes", () => {
    const blocks = markdownBlocks("```\nline 1\n  line 2\n```\n\n> quoted\n");
    expect(blocks).toEqual([
      { type: "code", text: "line 1\n  line 2" },
      {
        type: "paragraph",
        quoteDepth: 1,
        runs: [{ text: "quoted", bold: false, italic: false, code: false }],
      },
    ]);
  });
});
