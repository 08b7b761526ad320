import { describe, expect, it } from "vitest";
import { markdownToPdfBlocks } from "./markdown-pdf-blocks";

describe("Markdown as PDF blocks", () => {
  it("keeps headings, paragraphs and lists and drops inline markup", () => {
    const source = "## Encryption\n\nAll data is **encrypted** with `AES-256`.\nSee [our TOMs](/toms).\n\n- **At rest:** AES-256\n- **In transit:** TLS 1.2+\n  and HSTS\n\nContact [us](mailto:security@example.com).";
    expect(markdownToPdfBlocks(source)).toEqual([
      { kind: "heading", text: "Encryption" },
      { kind: "paragraph", text: "All data is encrypted with AES-256. See our TOMs." },
      { kind: "bullets", items: ["At rest: AES-256", "In transit: TLS 1.2+ and HSTS"] },
      { kind: "paragraph", text: "Contact us (security@example.com)." },
    ]);
  });
});
