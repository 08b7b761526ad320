// Markdown to HTML for trust documents, NDAs and previews. Raw HTML in the source is escaped, never
// passed through; links may only be http(s), mailto or relative (markdown-it's own check refuses
// javascript:, vbscript:, file: and data: URLs); external links open without referrer or opener;
// links to other trust pages are rendered in the page's language when it is given (localized-links.ts).
// Headings get unique ids, so sections can be linked (/toms#3-encryption) and listed (outline.ts).
import MarkdownIt, { type Token } from "markdown-it";
import type { Locale } from "../i18n/locale.ts";
import { localizedHref } from "./localized-links.ts";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) =>
  defaultValidate(url) && (SAFE_LINK.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()));

type RenderEnv = { linkLocale?: Locale };

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet("href") ?? "");
  const linkLocale = (env as RenderEnv | undefined)?.linkLocale;
  if (/^https?:/i.test(href)) token.attrSet("rel", "noopener noreferrer");
  else if (linkLocale) token.attrSet("href", localizedHref(href, linkLocale));
  return defaultLinkOpen(tokens, idx, options, env, self);
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

/** The visible text of a heading (its inline token's text, without markup). */
export function headingText(inline: Token | undefined): string {
  return (
    inline?.children?.map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : "")).join("") ??
    ""
  );
}

// Every heading gets an id from its text; a repeated text gets "-2", "-3", ... so ids stay unique.
markdown.core.ruler.push("heading_ids", (state) => {
  const used = new Map<string, number>();
  state.tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const base = slugify(headingText(state.tokens[index + 1]));
    if (!base) return;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    token.attrSet("id", seen === 0 ? base : `${base}-${seen + 1}`);
  });
});

/** The tokens of a document, headings with their ids (for its outline). */
export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

/** `linkLocale`: the language of the page the text is shown on (links to other trust pages follow it). */
export function renderMarkdown(source: string, options: { linkLocale?: Locale } = {}): string {
  const env: RenderEnv = { linkLocale: options.linkLocale };
  return markdown.renderer.render(markdown.parse(source, env), markdown.options, env);
}

/** Plain text of a Markdown document (for PDFs, emails and feed summaries). */
export function markdownToPlainText(source: string): string {
  return markdown
    .parse(source, {})
    .filter((t) => t.type === "inline")
    .map((t) => t.content)
    .join("\n");
}
