import type { ReactNode } from "react";

export interface EmptyStateProps {
  title: string;
  /** Tell the user what to do next. */
  description: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

export function EmptyState({ title, description, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
      <Heading className="text-base font-semibold text-gray-900">{title}</Heading>
      <div className="mx-auto mt-2 max-w-prose text-sm text-gray-600">{description}</div>
      {action && <div className="mt-6 flex justify-center">{action}</div>}
    </div>
  );
}
