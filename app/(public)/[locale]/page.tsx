import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_ui";
import { isLocale, localizedPath } from "@/lib/i18n/locale";
import { listComplianceRoadmap } from "@/lib/trust/compliance/roadmap";
import { getProviderProfile } from "@/lib/trust/provider-profile";
import { SECURITY_TXT_PATH } from "@/lib/trust/security-txt";
import { listTrustUpdates } from "@/lib/trust/updates";
import { RoadmapTable } from "./compliance/roadmap-table";
import { feedAlternates } from "./updates/feed-links";
import { HOME_MESSAGES, TRUST_SECTIONS } from "./messages";
import { UpdateList } from "./updates/update-list";

// The trust center's front page: who the provider is, the promises that matter most at a glance, a
// way into every section, the compliance roadmap, what changed lately and how to report a vulnerability.
// Rendered on the server only (prerendered like every public page; no client components).

const LATEST_UPDATES = 5;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const provider = await getProviderProfile(locale);
  return {
    title: { absolute: `${provider.displayName} · ${HOME_MESSAGES[locale].eyebrow}` },
    description: provider.tagline || HOME_MESSAGES[locale].metaDescription(provider.displayName),
    alternates: feedAlternates(locale),
  };
}

function SectionHeading({
  id,
  title,
  link,
}: {
  id: string;
  title: string;
  link?: { href: string; label: string };
}) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
      <h2 id={id} className="text-xl font-semibold text-gray-900">
        {title}
      </h2>
      {link && (
        <Link href={link.href} prefetch={false} className="text-sm font-medium text-[var(--brand)] underline">
          {link.label}
        </Link>
      )}
    </div>
  );
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = HOME_MESSAGES[locale];
  const [provider, roadmap, updates] = await Promise.all([
    getProviderProfile(locale),
    listComplianceRoadmap(locale),
    listTrustUpdates(locale, LATEST_UPDATES),
  ]);
  const highlights = [
    words.dataLocation(provider.dataLocation),
    words.encryption,
    words.mfa,
    words.breachNotice(provider.breachNotificationHours),
  ];
  return (
    <div className="space-y-14">
      <section aria-labelledby="provider-name" className="border-l-4 border-[var(--brand)] pl-6">
        <p className="text-sm font-medium uppercase tracking-wide text-[var(--brand)]">{words.eyebrow}</p>
        <h1
          id="provider-name"
          className="mt-1 text-3xl font-semibold tracking-tight text-gray-900 sm:text-4xl"
        >
          {provider.displayName}
        </h1>
        {provider.tagline && <p className="mt-3 max-w-3xl text-lg text-gray-700">{provider.tagline}</p>}
        <h2 className="sr-only">{words.highlights}</h2>
        <ul className="mt-6 flex flex-wrap gap-2">
          {highlights.map((text) => (
            <li key={text}>
              <Badge tone="success">{text}</Badge>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="explore">
        <SectionHeading id="explore" title={words.explore} />
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {TRUST_SECTIONS.map((section) => (
            <li key={section}>
              <Link
                href={localizedPath(locale, `/${section}`)}
                prefetch={false}
                className="block h-full rounded-lg border border-gray-200 bg-white p-5 shadow-sm transition-colors hover:border-[var(--brand)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--brand)]"
              >
                <span className="block font-semibold text-[var(--brand)]">
                  {words.sections[section].title}
                </span>
                <span className="mt-1 block text-sm text-gray-700">{words.sections[section].text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roadmap">
        <SectionHeading
          id="roadmap"
          title={words.roadmap}
          link={{ href: localizedPath(locale, "/compliance"), label: words.roadmapLink }}
        />
        <RoadmapTable rows={roadmap} locale={locale} headingLevel={3} />
      </section>

      <section aria-labelledby="latest-updates">
        <SectionHeading
          id="latest-updates"
          title={words.latest}
          link={{ href: localizedPath(locale, "/updates"), label: words.allUpdates }}
        />
        {updates.length === 0 ? (
          <p className="text-sm text-gray-600">{words.noUpdates}</p>
        ) : (
          <UpdateList updates={updates} locale={locale} headingLevel={3} />
        )}
      </section>

      <section
        aria-labelledby="vulnerability-disclosure"
        className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm"
      >
        <h2 id="vulnerability-disclosure" className="text-xl font-semibold text-gray-900">
          {words.disclosure}
        </h2>
        <p className="mt-2 text-gray-700">
          {words.disclosureText}{" "}
          <a href={`mailto:${provider.securityEmail}`} className="font-medium text-[var(--brand)] underline">
            {provider.securityEmail}
          </a>
          . {words.disclosureFile}:{" "}
          <a href={SECURITY_TXT_PATH} className="font-medium text-[var(--brand)] underline">
            {SECURITY_TXT_PATH}
          </a>
          .
        </p>
      </section>
    </div>
  );
}
