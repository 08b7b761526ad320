import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/app/_ui";
import { isLocale, localizedPath } from "@/lib/i18n/locale";
import { feedPath } from "@/lib/trust/feed/atom";
import { listTrustUpdates } from "@/lib/trust/updates";
import { feedAlternates } from "./feed-links";
import { UPDATES_MESSAGES } from "./messages";
import { UpdateList } from "./update-list";

type Props = { params: Promise<{ locale: string }> };

/** Everything ever announced; older entries than this stay in the database and the audit log. */
const UPDATES_SHOWN = 500;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: UPDATES_MESSAGES[locale].title,
    description: UPDATES_MESSAGES[locale].intro,
    alternates: feedAlternates(locale),
  };
}

export default async function UpdatesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = UPDATES_MESSAGES[locale];
  const updates = await listTrustUpdates(locale, UPDATES_SHOWN);
  return (
    <div className="space-y-8">
      <PageHeader title={words.title} description={words.intro} />
      {updates.length === 0 ? (
        <EmptyState title={words.emptyTitle} description={words.emptyDescription} />
      ) : (
        <UpdateList updates={updates} locale={locale} />
      )}
      <Card title={words.subscribeTitle}>
        <p className="text-sm text-gray-700">
          {words.subscribeText}{" "}
          <Link
            href={`${localizedPath(locale, "/subprocessors")}#subscribe`}
            prefetch={false}
            className="font-medium text-[var(--brand)] underline"
          >
            {words.subscribeLink}
          </Link>
          .
        </p>
        <p className="mt-2 text-sm text-gray-700">
          {words.feedText}{" "}
          <a
            href={feedPath(locale)}
            type="application/atom+xml"
            className="font-medium text-[var(--brand)] underline"
          >
            {words.feedLink}
          </a>
        </p>
      </Card>
    </div>
  );
}
