import type { ReactNode } from "react";
import { cx } from "./class-names";

export type DefinitionItem = {
  term: ReactNode;
  description: ReactNode;
  /** Shown muted (e.g. "Not yet known", "None"). */
  muted?: boolean;
  key?: string;
};

export type DefinitionListProps = {
  items: readonly (DefinitionItem | false | null | undefined)[];
  /** "columns": term and value side by side from the `sm` breakpoint; "stacked": term above value. */
  layout?: "columns" | "stacked";
  className?: string;
};

/** Label/value facts (STYLE.md 23): one `<dl>` shape for record details across the product. */
export function DefinitionList({ items, layout = "columns", className }: DefinitionListProps) {
  const shown = items.filter((item): item is DefinitionItem => Boolean(item));
  return (
    <dl
      className={cx(
        "text-sm",
        layout === "columns" ? "grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" : "space-y-3",
        className,
      )}
    >
      {shown.map((item, index) => (
        <div key={item.key ?? index} className={layout === "columns" ? "contents" : undefined}>
          <dt className="font-medium text-gray-700">{item.term}</dt>
          <dd className={cx("min-w-0 break-words", item.muted ? "text-gray-600 italic" : "text-gray-900")}>
            {item.description}
          </dd>
        </div>
      ))}
    </dl>
  );
}
