import type { ReactNode } from "react";

export interface StatusPageProps {
  title: string;
  message: ReactNode;
  action?: ReactNode;
}

/** A whole page that explains why there is nothing to show (not found, forbidden) and where to go. */
export function StatusPage({ title, message, action }: StatusPageProps) {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-gray-700">{message}</p>
      {action && <div className="mt-6">{action}</div>}
    </main>
  );
}
