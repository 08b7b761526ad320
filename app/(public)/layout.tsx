import Link from "next/link";
import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            Trust Center
          </Link>
          <nav aria-label="Main">
            <Link href="/sign-in" className="text-sm font-medium text-brand-700 hover:underline">
              Customer portal sign-in
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-6 py-12">
        {children}
      </main>
      <footer className="border-t border-gray-200 py-6 text-center text-sm text-gray-600">Powered by Article28</footer>
    </>
  );
}
