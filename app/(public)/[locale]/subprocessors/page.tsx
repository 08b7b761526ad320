import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/app/_ui";
import { isLocale, localizedPath } from "@/lib/i18n/locale";
import { localizeSubprocessor } from "@/lib/trust/subprocessors/localized-view";
import { loadSubprocessorRegister } from "@/lib/trust/subprocessors/register";
import { ChangeList } from "./change-list";
import { CurrentSubprocessorsTable } from "./current-table";
import { SUBPROCESSOR_MESSAGES } from "./messages";
import { SubscribeForm } from "./subscribe-form";

// Prerendered like every trust page (the layout's ISR settings): re-rendered when staff announce or
// edit (revalidatePublicPages) and at least every 300 s, so a change becomes "current" on its day.

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: SUBPROCESSOR_MESSAGES[locale].title,
    alternates: {
      types: {
        "application/json": "/subprocessors.json",
        "text/csv": "/subprocessors.csv",
        "application/atom+xml": "/updates.atom",
      },
    },
  };
}

const linkClass = "font-medium text-brand-700 underline hover:text-brand-800";

export default async function SubprocessorsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = SUBPROCESSOR_MESSAGES[locale];
  const register = await loadSubprocessorRegister();
  const current = register.current.map((entry) => localizeSubprocessor(entry, locale));
  return (
    <div className="space-y-12">
      <div>
        <PageHeader title={words.title} description={words.intro} />
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <span className="text-gray-700">{words.downloads}:</span>
          <a href="/subprocessors.json" type="application/json" className={linkClass}>
            {words.json}
          </a>
          <a href="/subprocessors.csv" type="text/csv" className={linkClass}>
            {words.csv}
          </a>
          <a href="/updates.atom" type="application/atom+xml" className={linkClass}>
            {words.feed}
          </a>
          <a href="#subscribe" className={linkClass}>
            {words.subscribeLink}
          </a>
        </p>
      </div>

      <section aria-labelledby="current-heading" className="space-y-4">
        <h2 id="current-heading" className="text-xl font-semibold">
          {words.currentHeading}
        </h2>
        <CurrentSubprocessorsTable entries={current} locale={locale} />
      </section>

      <section aria-labelledby="announced-heading" className="space-y-4">
        <h2 id="announced-heading" className="text-xl font-semibold">
          {words.announcedHeading}
        </h2>
        {register.announcedChanges.length === 0 ? (
          <EmptyState title={words.noneAnnounced} description={words.noneAnnouncedHint} headingLevel={3} />
        ) : (
          <>
            <p className="text-sm text-gray-700">{words.announcedIntro}</p>
            <ChangeList changes={register.announcedChanges} locale={locale} withDetails />
          </>
        )}
      </section>

      <section aria-labelledby="past-heading" className="space-y-4">
        <h2 id="past-heading" className="text-xl font-semibold">
          {words.pastHeading}
        </h2>
        {register.pastChanges.length === 0 ? (
          <p className="text-sm text-gray-700">{words.nonePast}</p>
        ) : (
          <ChangeList changes={register.pastChanges} locale={locale} withDetails={false} />
        )}
      </section>

      <section
        id="subscribe"
        aria-labelledby="subscribe-heading"
        className="space-y-4 rounded-lg border border-gray-200 bg-white p-6"
      >
        <h2 id="subscribe-heading" className="text-xl font-semibold">
          {words.subscribeHeading}
        </h2>
        <p className="max-w-prose text-sm text-gray-700">{words.subscribeIntro}</p>
        <SubscribeForm
          locale={locale}
          words={{
            emailLabel: words.emailLabel,
            emailHint: words.emailHint,
            honeypotLabel: words.honeypotLabel,
            subscribeButton: words.subscribeButton,
            subscribing: words.subscribing,
            invalidEmail: words.invalidEmail,
          }}
        />
        <p className="text-sm text-gray-700">
          {words.orFeed}{" "}
          <a href="/updates.atom" type="application/atom+xml" className={linkClass}>
            {words.feed}
          </a>
        </p>
      </section>

      <p className="text-sm">
        <Link href={localizedPath(locale, "/updates")} prefetch={false} className={linkClass}>
          {words.allUpdates}
        </Link>
      </p>
    </div>
  );
}
