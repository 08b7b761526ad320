import { useId, type ReactNode } from "react";

export interface CardProps {
  title?: string;
  children: ReactNode;
  /** Optional controls shown next to the title. */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}

export function Card({ title, children, actions, headingLevel = 2 }: CardProps) {
  const titleId = useId();
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section
      aria-labelledby={title ? titleId : undefined}
      className="rounded-lg border border-gray-200 bg-white shadow-sm"
    >
      {(title || actions) && (
        <div className="flex items-center justify-between gap-4 border-b border-gray-200 px-6 py-4">
          {title && (
            <Heading id={titleId} className="text-base font-semibold text-gray-900">
              {title}
            </Heading>
          )}
          {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
        </div>
      )}
      <div className="px-6 py-4">{children}</div>
    </section>
  );
}
