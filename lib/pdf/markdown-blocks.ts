// Markdown to the few kinds of blocks a printed document needs: headings, paragraphs, list items
// (with their marker and depth), tables, code and rules; inline text as runs with bold/italic/code.
// Pure, so the PDF layout (document-pdf.ts) only decides where things go on the page.
import MarkdownIt from "markdown-it";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

export type TextRun = { text: string; bold: boolean; italic: boolean; code: boolean };

export type PdfBlock =
  | { type: "heading"; level: number; runs: TextRun[] }
  | { type: "paragraph"; runs: TextRun[]; quoteDepth: number }
  /** `marker` is "•" or "3."; continuation paragraphs of the same item have an empty marker. */
  | { type: "listItem"; depth: number; marker: string; runs: TextRun[] }
  | { type: "table"; header: string[]; rows: string[][] }
  | { type: "code"; text: string }
  | { type: "rule" };

const parser = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Inline tokens to runs; a link keeps its text and shows its address after it when that differs. */
export function inlineRuns(children: Token[]): TextRun[] {
  const runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | null = null;
  let linkText = "";
  const push = (text: string, code = false) => {
    if (!text) return;
    const run = { text, bold: bold > 0, italic: italic > 0, code };
    const last = runs.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code)
      last.text += text;
    else runs.push(run);
  };
  for (const token of children) {
    switch (token.type) {
      case "text":
        push(token.content);
        if (href !== null) linkText += token.content;
        break;
      case "code_inline":
        push(token.content, true);
        break;
      case "softbreak":
      case "hardbreak":
        push(token.type === "hardbreak" ? "\n" : " ");
        break;
      case "strong_open":
        bold++;
        break;
      case "strong_close":
        bold--;
        break;
      case "em_open":
        italic++;
        break;
      case "em_close":
        italic--;
        break;
      case "link_open":
        href = String(token.attrGet("href") ?? "");
        linkText = "";
        break;
      case "link_close": {
        const address = (href ?? "").replace(/^mailto:/i, "");
        // Links within the page or to another trust page ("/toms") mean nothing on paper: text only.
        if (address && address !== linkText && !/^[#/]/.test(address)) push(` (${address})`);
        href = null;
        break;
      }
      default:
        if (token.content) push(token.content);
    }
  }
  return runs;
}

function plainText(token: Token | undefined): string {
  return inlineRuns(token?.children ?? [])
    .map((run) => run.text)
    .join("");
}

type ListFrame = { ordered: boolean; next: number };

export function markdownBlocks(source: string): PdfBlock[] {
  const tokens = parser.parse(source, {});
  const blocks: PdfBlock[] = [];
  const lists: ListFrame[] = [];
  /** The marker the next paragraph of the current list item starts with ("" once used). */
  let pendingMarker: string | null = null;
  let quoteDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case "heading_open":
        blocks.push({
          type: "heading",
          level: Number(token.tag.slice(1)),
          runs: inlineRuns(tokens[i + 1]?.children ?? []),
        });
        i += 2;
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        lists.push({
          ordered: token.type === "ordered_list_open",
          next: Number(token.attrGet("start") ?? 1),
        });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const list = lists.at(-1)!;
        pendingMarker = list.ordered ? `${list.next++}.` : "•";
        break;
      }
      case "list_item_close":
        pendingMarker = null;
        break;
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? []);
        if (lists.length > 0) {
          blocks.push({ type: "listItem", depth: lists.length, marker: pendingMarker ?? "", runs });
          pendingMarker = "";
        } else {
          blocks.push({ type: "paragraph", runs, quoteDepth });
        }
        break;
      }
      case "fence":
      case "code_block":
        blocks.push({ type: "code", text: token.content.replace(/\n$/, "") });
        break;
      case "hr":
        blocks.push({ type: "rule" });
        break;
      case "table_open": {
        const table = readTable(tokens, i);
        blocks.push(table.block);
        i = table.end;
        break;
      }
    }
  }
  return blocks;
}

function readTable(tokens: Token[], start: number): { block: PdfBlock; end: number } {
  const header: string[] = [];
  const rows: string[][] = [];
  let inHead = false;
  let row: string[] = [];
  let i = start + 1;
  for (; i < tokens.length && tokens[i]!.type !== "table_close"; i++) {
    const token = tokens[i]!;
    if (token.type === "thead_open") inHead = true;
    else if (token.type === "thead_close") inHead = false;
    else if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close" && inHead) header.push(...row);
    else if (token.type === "tr_close") rows.push(row);
    else if (token.type === "inline") row.push(plainText(token));
  }
  return { block: { type: "table", header, rows }, end: i };
}
