// The sections of a document, for its table of contents: every second-level heading with the id the
// renderer gives it (render.ts), in order. Pure; computed while a public page is prerendered.
import { headingText, parseMarkdown } from "./render.ts";

export type OutlineEntry = { id: string; text: string };

export function documentOutline(source: string): OutlineEntry[] {
  const tokens = parseMarkdown(source);
  const entries: OutlineEntry[] = [];
  tokens.forEach((token, index) => {
    const id = token.attrGet("id");
    if (token.type === "heading_open" && token.tag === "h2" && id)
      entries.push({ id: String(id), text: headingText(tokens[index + 1]) });
  });
  return entries;
}
