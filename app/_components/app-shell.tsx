import Link from "next/link";
import type { ReactNode } from "react";
import type { ProviderBranding } from "@/lib/provider/branding";
import { BrandStylesheet } from "./brand-stylesheet";
import { SignOutButton } from "./sign-out-button";

export type NavItem = { href: string; label: string };

/** The signed-in frame shared by the customer portal and the staff console. */
export function AppShell({
  area,
  title,
  nav,
  user,
  brand,
  children,
}: {
  area: string;
  title: string;
  nav: NavItem[];
  user: { name: string; email: string };
  /** The provider's name and colour: a bar in the colour, and the name unless the title is the name. */
  brand: ProviderBranding;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <BrandStylesheet color={brand.color} />
      <header className="border-t-4 border-b border-t-[var(--brand)] border-b-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-3">
          <div className="flex flex-wrap items-baseline gap-x-3">
            {brand.name !== title && (
              <span className="font-semibold text-[var(--brand)]" data-testid="shell-brand">
                {brand.name}
              </span>
            )}
            <span className="text-xs font-semibold uppercase tracking-wide text-brand-700">{area}</span>
            <span
              className={brand.name === title ? "font-semibold text-[var(--brand)]" : "font-semibold"}
              data-testid="shell-title"
            >
              {title}
            </span>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <Link
              href="/account"
              className="text-gray-700 hover:underline"
              title={`${user.email}: your account`}
            >
              {user.name}
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label={`${area} navigation`} className="mx-auto max-w-6xl px-6">
          <ul className="flex gap-6 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-block border-b-2 border-transparent py-2 text-gray-700 hover:border-brand-600 hover:text-gray-900"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
