import { renderMarkdown } from "@/lib/markdown/render";
import { cx } from "./class-names";

export interface MarkdownProps {
  source: string;
  className?: string;
}

/** Markdown rendered on the server; raw HTML in the source is escaped (lib/markdown/render.ts). */
export function Markdown({ source, className }: MarkdownProps) {
  return (
    <div className={cx("markdown", className)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />
  );
}
