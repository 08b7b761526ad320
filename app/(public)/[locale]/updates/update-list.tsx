import Link from "next/link";
import { Badge } from "@/app/_ui";
import { formatInstant } from "@/lib/i18n/format";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { providerTimeZone } from "@/lib/provider/default-time-zone";
import { trustUpdateTopicLabel } from "@/lib/trust/feed/messages";
import type { TrustUpdateView } from "@/lib/trust/updates";
import { UPDATES_MESSAGES } from "./messages";

/**
 * Public updates, newest first: topic, title linking to what changed, summary and time with zone (the
 * provider's default zone: visitors have no zone of their own); a change not yet in the reader's language
 * is marked with the language it is in.
 */
export async function UpdateList({
  updates,
  locale,
  headingLevel = 2,
}: {
  updates: TrustUpdateView[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const words = UPDATES_MESSAGES[locale];
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const timeZone = await providerTimeZone();
  return (
    <ol
      aria-label={words.listLabel}
      className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white"
    >
      {updates.map((update) => (
        <li key={update.id}>
          <article className="space-y-1 px-5 py-4">
            <div className="flex flex-wrap items-center gap-3 text-sm text-gray-600">
              <Badge tone="info">{trustUpdateTopicLabel(locale, update.topic)}</Badge>
              {update.onlyIn && <Badge tone="warning">{words.onlyIn[update.onlyIn]}</Badge>}
              <span>
                <span className="sr-only">{words.published}: </span>
                <time dateTime={update.publishedAt.toISOString()}>
                  {formatInstant(locale, update.publishedAt, timeZone)}
                </time>
              </span>
            </div>
            <Heading className="text-base font-semibold text-gray-900">
              <Link
                href={localizedPath(locale, update.path)}
                prefetch={false}
                className="hover:text-[var(--brand)] hover:underline"
              >
                {update.title}
              </Link>
            </Heading>
            {update.summary && <p className="text-sm text-gray-700">{update.summary}</p>}
          </article>
        </li>
      ))}
    </ol>
  );
}
