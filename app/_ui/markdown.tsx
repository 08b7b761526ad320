import type { Locale } from "@/lib/i18n/locale";
import { renderMarkdown } from "@/lib/markdown/render";
import { cx } from "./class-names";

export interface MarkdownProps {
  source: string;
  className?: string;
  /** The language of the page: links to other trust pages ("/toms") are rendered in it ("/de/toms"). */
  linkLocale?: Locale;
}

/** Markdown rendered on the server; raw HTML in the source is escaped (lib/markdown/render.ts). */
export function Markdown({ source, className, linkLocale }: MarkdownProps) {
  return (
    <div
      className={cx("markdown", className)}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, { linkLocale }) }}
    />
  );
}
