import Link from "next/link";
import type { ReactNode } from "react";

/** A link between public pages: no prefetch (static pages, little JavaScript). */
export function TextLink({
  href,
  children,
  hrefLang,
}: {
  href: string;
  children: ReactNode;
  hrefLang?: string;
}) {
  return (
    <Link
      href={href}
      prefetch={false}
      hrefLang={hrefLang}
      className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
    >
      {children}
    </Link>
  );
}
