import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/locale";
import { listCustomPages } from "@/lib/trust/policies/public-documents";
import { getProviderProfile } from "@/lib/trust/provider-profile";
import { ScrollingNav } from "@/app/_ui/scrolling-nav";
import { LanguageSwitch } from "./language-switch";
import { FOOTER_LINK as DATA_REQUESTS_LINK } from "./data-requests/messages";
import { LAYOUT_MESSAGES, TRUST_SECTIONS } from "./messages";

// Prerendered on first visit (nothing at build time: the build needs no database), then served
// statically until staff publish (lib/trust/public-pages.ts) or at most this many seconds.
// force-static: the root not-found boundary (per-request, for nonces in signed-in areas) must not
// turn these pages dynamic.
export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { locale: Locale }[] {
  return [];
}

export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [provider, customPages] = await Promise.all([getProviderProfile(locale), listCustomPages(locale)]);
  const links = [
    ...TRUST_SECTIONS.map((section) => ({
      href: localizedPath(locale, `/${section}`),
      label: LAYOUT_MESSAGES[locale].nav[section],
    })),
    ...customPages.map((page) => ({ href: localizedPath(locale, `/${page.slug}`), label: page.title })),
  ];
  const words = LAYOUT_MESSAGES[locale];
  return (
    // The root layout says lang="en"; German pages say so for everything below (WCAG 3.1.2).
    <div
      lang={locale}
      className="flex min-h-screen flex-col"
      style={{ ["--brand" as string]: provider.brandColor }}
    >
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-4">
          <Link
            href={localizedPath(locale, "/")}
            prefetch={false}
            className="text-lg font-semibold text-[var(--brand)]"
          >
            {provider.displayName} · {words.mainNav}
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <LanguageSwitch current={locale} label={words.language} />
            <Link href="/sign-in" prefetch={false} className="font-medium text-brand-700 hover:underline">
              {words.portal}
            </Link>
          </div>
        </div>
        <ScrollingNav
          label={words.mainNav}
          links={links}
          accent="provider"
          className="mx-auto max-w-7xl px-6"
        />
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-6 py-10">
        {children}
      </main>
      <footer className="border-t border-gray-200 bg-white py-6 text-sm text-gray-600">
        <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-3 px-6">
          <span>
            {provider.legalName} · {provider.address}
          </span>
          <span className="flex flex-wrap gap-4">
            <Link href={localizedPath(locale, "/data-requests")} prefetch={false} className="hover:underline">
              {DATA_REQUESTS_LINK[locale]}
            </Link>
            <a href={`mailto:${provider.securityEmail}`} className="hover:underline">
              {words.securityContact}
            </a>
            <span>{words.poweredBy}</span>
          </span>
        </div>
      </footer>
    </div>
  );
}
