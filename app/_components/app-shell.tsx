import Link from "next/link";
import type { ReactNode } from "react";
import { cx, ReaderTimeZone, UserText } from "@/app/_ui";
import { ScrollingNav } from "@/app/_ui/scrolling-nav";
import type { Locale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/text";
import type { ProviderBranding } from "@/lib/provider/branding";
import { AdoptBrowserTimeZone } from "./adopt-browser-time-zone";
import { BrandStylesheet } from "./brand-stylesheet";
import { SHELL_MESSAGES as M } from "./messages";
import { SignOutButton } from "./sign-out-button";

export type NavItem = { href: string; label: string };

/**
 * The signed-in frame shared by the customer portal, the staff console and the account pages. Every date
 * inside is shown in `timeZone`, the zone of the caller's context (ctx.timeZone).
 */
export function AppShell({
  area,
  title,
  nav,
  user,
  timeZone,
  wide = false,
  brand,
  locale = "en",
  children,
}: {
  area: string;
  title: string;
  nav: NavItem[];
  /** `timeZone`: the user's own choice (null until one is stored: the browser's is, on this page). */
  user: { name: string; email: string; timeZone: string | null };
  /** The zone pages are shown in: the user's own, else the organisation's or the provider's default. */
  timeZone: string;
  /** Use more of a wide screen (the staff console: a dozen navigation links, wide tables). */
  wide?: boolean;
  /** The provider's name and colour: a bar in the colour, and the name unless the title is the name. */
  brand: ProviderBranding;
  /** The reader's language (the staff console stays English); the frame says it (lang, WCAG 3.1.2). */
  locale?: Locale;
  children: ReactNode;
}) {
  const frame = cx("mx-auto px-6", wide ? "max-w-[96rem]" : "max-w-6xl");
  return (
    <div className="min-h-screen" lang={locale}>
      <BrandStylesheet color={brand.color} />
      <header className="border-t-4 border-b border-t-[var(--brand)] border-b-gray-200 bg-white">
        <div className={cx(frame, "flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3")}>
          <div className="flex min-w-0 flex-wrap items-baseline gap-x-3">
            {brand.name !== title && (
              <span className="font-semibold text-[var(--brand)]" data-testid="shell-brand">
                <UserText>{brand.name}</UserText>
              </span>
            )}
            <span className="text-xs font-semibold uppercase tracking-wide text-brand-700">{area}</span>
            <span
              className={cx(
                "min-w-0 font-semibold break-words",
                brand.name === title && "text-[var(--brand)]",
              )}
              data-testid="shell-title"
            >
              <UserText>{title}</UserText>
            </span>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <Link
              href="/account"
              className="break-all text-gray-700 hover:underline"
              title={localize(M.yourAccount(user.email), locale)}
            >
              <UserText>{user.name}</UserText>
            </Link>
            <SignOutButton locale={locale} />
          </div>
        </div>
        <ScrollingNav label={localize(M.navigation(area), locale)} links={nav} className={frame} />
      </header>
      <main id="main" className={cx(frame, "py-8")}>
        <ReaderTimeZone timeZone={timeZone}>{children}</ReaderTimeZone>
      </main>
      {user.timeZone === null && <AdoptBrowserTimeZone shownIn={timeZone} />}
    </div>
  );
}
