// Plain Markdown (headings, paragraphs, "-" lists, **bold**, `code`, [links](url)) as blocks of the
// structured PDF renderer: enough for trust-center texts turned into a downloadable paper.
import type { PdfBlock } from "./structured-pdf.ts";

function inline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, url: string) => (url.startsWith("http") || url.startsWith("mailto:") ? `${label} (${url.replace(/^mailto:/, "")})` : label))
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[^*])\*([^*]+)\*/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .trim();
}

export function markdownToPdfBlocks(markdown: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: inline(paragraph.join(" ")) });
    if (bullets.length) blocks.push({ kind: "bullets", items: bullets.map(inline) });
    paragraph = [];
    bullets = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", text: inline(heading[1]!) });
    } else if (bullet) {
      if (paragraph.length) flush();
      bullets.push(bullet[1]!);
    } else if (line.trim() === "") {
      flush();
    } else if (bullets.length && /^\s+/.test(raw)) {
      bullets[bullets.length - 1] += ` ${line.trim()}`;
    } else {
      if (bullets.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
