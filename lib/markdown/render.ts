// Markdown to HTML for trust documents, NDAs and previews. Raw HTML in the source is escaped, never
// passed through; links may only be http(s), mailto or relative (markdown-it's own check refuses
// javascript:, vbscript:, file: and data: URLs); external links open without referrer or opener.
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) =>
  defaultValidate(url) && (SAFE_LINK.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()));

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet("href") ?? "");
  if (/^https?:/i.test(href)) tokens[idx]!.attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Headings get ids so sections can be linked (/toms#encryption).
const defaultHeadingOpen =
  markdown.renderer.rules.heading_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
  const inline = tokens[idx + 1];
  const text = inline?.children?.map((t) => t.content).join("") ?? "";
  const id = slugify(text);
  if (id) tokens[idx]!.attrSet("id", id);
  return defaultHeadingOpen(tokens, idx, options, env, self);
};

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** Plain text of a Markdown document (for PDFs, emails and feed summaries). */
export function markdownToPlainText(source: string): string {
  return markdown
    .parse(source, {})
    .filter((t) => t.type === "inline")
    .map((t) => t.content)
    .join("\n");
}
