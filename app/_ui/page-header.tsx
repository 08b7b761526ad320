import type { ReactNode } from "react";

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <header className="mb-8 flex flex-wrap items-start justify-between gap-4 border-b border-gray-200 pb-6">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight break-words hyphens-auto text-gray-900">
          {title}
        </h1>
        {description && <div className="mt-1 max-w-prose text-sm text-gray-600">{description}</div>}
      </div>
      {actions && <div className="flex max-w-full shrink-0 flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}
