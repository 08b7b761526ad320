import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_ui";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/locale";
import { listComplianceRoadmap } from "@/lib/trust/compliance/roadmap";
import { getProviderProfile } from "@/lib/trust/provider-profile";
import { SECURITY_TXT_PATH } from "@/lib/trust/security-txt";
import { listTrustUpdates } from "@/lib/trust/updates";
import { RoadmapTable } from "./compliance/roadmap-table";
import { feedAlternates } from "./updates/feed-links";
import { UpdateList } from "./updates/update-list";

// The trust center's front page: who the provider is, the promises that matter most at a glance, a
// way into every section, the compliance roadmap, what changed lately and how to report a vulnerability.
// Rendered on the server only (prerendered like every public page; no client components).

const SECTIONS = [
  "security",
  "toms",
  "faq",
  "ai",
  "dpa",
  "subprocessors",
  "compliance",
  "documents",
  "updates",
] as const;
type Section = (typeof SECTIONS)[number];

const LATEST_UPDATES = 5;

const WORDS: Record<
  Locale,
  {
    eyebrow: string;
    metaDescription: (name: string) => string;
    highlights: string;
    dataLocation: (location: string) => string;
    encryption: string;
    mfa: string;
    breachNotice: (hours: number) => string;
    explore: string;
    sections: Record<Section, { title: string; text: string }>;
    roadmap: string;
    roadmapLink: string;
    latest: string;
    allUpdates: string;
    noUpdates: string;
    disclosure: string;
    disclosureText: string;
    disclosureFile: string;
  }
> = {
  en: {
    eyebrow: "Trust center",
    metaDescription: (name) =>
      `Security, privacy and compliance at ${name}: measures, DPA, subprocessors, certifications and updates.`,
    highlights: "At a glance",
    dataLocation: (location) => `Data location: ${location}`,
    encryption: "Encryption at rest and in transit",
    mfa: "MFA and single sign-on",
    breachNotice: (hours) => `Breach notice within ${hours} hours`,
    explore: "Explore the trust center",
    sections: {
      security: {
        title: "Security overview",
        text: "How we protect your data: hosting, encryption, access, logging and testing.",
      },
      toms: {
        title: "Technical and organisational measures",
        text: "Our measures under Art. 32 GDPR, versioned with their effective dates.",
      },
      faq: {
        title: "FAQ",
        text: "Short answers to the questions security and procurement reviewers ask most.",
      },
      ai: {
        title: "AI and data use",
        text: "Which AI features exist, what data they use and how you stay in control.",
      },
      dpa: {
        title: "Data processing agreement",
        text: "The current DPA to read online or download as a PDF.",
      },
      subprocessors: {
        title: "Subprocessors",
        text: "Who processes data on our behalf, where and how; subscribe to changes.",
      },
      compliance: {
        title: "Compliance roadmap",
        text: "Certifications and frameworks we meet or are working towards.",
      },
      documents: {
        title: "Documents",
        text: "Reports and questionnaires; confidential ones on request under NDA.",
      },
      updates: { title: "Updates", text: "Every change to this trust center, also as an Atom feed." },
    },
    roadmap: "Compliance roadmap",
    roadmapLink: "Roadmap details",
    latest: "Latest updates",
    allUpdates: "All updates",
    noUpdates:
      "No updates yet. Changes to our documents, subprocessors and compliance roadmap will be listed here.",
    disclosure: "Vulnerability disclosure",
    disclosureText: "Found a security vulnerability in our services? Please report it to",
    disclosureFile: "Our security.txt lists how to reach us",
  },
  de: {
    eyebrow: "Trust Center",
    metaDescription: (name) =>
      `Sicherheit, Datenschutz und Compliance bei ${name}: Maßnahmen, AVV, Unterauftragsverarbeiter, Zertifizierungen und Neuigkeiten.`,
    highlights: "Auf einen Blick",
    dataLocation: (location) => `Datenstandort: ${location}`,
    encryption: "Verschlüsselung bei Speicherung und Übertragung",
    mfa: "MFA und Single Sign-on",
    breachNotice: (hours) => `Meldung von Datenpannen innerhalb von ${hours} Stunden`,
    explore: "Das Trust Center im Überblick",
    sections: {
      security: {
        title: "Sicherheitsüberblick",
        text: "Wie wir Ihre Daten schützen: Hosting, Verschlüsselung, Zugriff, Protokollierung und Tests.",
      },
      toms: {
        title: "Technische und organisatorische Maßnahmen",
        text: "Unsere Maßnahmen nach Art. 32 DSGVO, versioniert mit Gültigkeitsdatum.",
      },
      faq: {
        title: "Häufige Fragen",
        text: "Kurze Antworten auf die häufigsten Fragen aus Sicherheits- und Einkaufsprüfungen.",
      },
      ai: {
        title: "KI und Datennutzung",
        text: "Welche KI-Funktionen es gibt, welche Daten sie nutzen und wie Sie die Kontrolle behalten.",
      },
      dpa: {
        title: "Auftragsverarbeitungsvertrag",
        text: "Der aktuelle AVV zum Lesen oder als PDF zum Herunterladen.",
      },
      subprocessors: {
        title: "Unterauftragsverarbeiter",
        text: "Wer in unserem Auftrag Daten verarbeitet, wo und wie; Änderungen abonnieren.",
      },
      compliance: {
        title: "Compliance-Roadmap",
        text: "Zertifizierungen und Standards, die wir erfüllen oder anstreben.",
      },
      documents: { title: "Dokumente", text: "Berichte und Fragebögen; vertrauliche auf Anfrage unter NDA." },
      updates: { title: "Neuigkeiten", text: "Jede Änderung an diesem Trust Center, auch als Atom-Feed." },
    },
    roadmap: "Compliance-Roadmap",
    roadmapLink: "Details zur Roadmap",
    latest: "Neueste Änderungen",
    allUpdates: "Alle Neuigkeiten",
    noUpdates:
      "Noch keine Neuigkeiten. Änderungen an unseren Dokumenten, Unterauftragsverarbeitern und unserer Compliance-Roadmap erscheinen hier.",
    disclosure: "Meldung von Schwachstellen",
    disclosureText: "Sie haben eine Sicherheitslücke in unseren Diensten gefunden? Bitte melden Sie sie an",
    disclosureFile: "Unsere security.txt nennt alle Kontaktwege",
  },
};

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const provider = await getProviderProfile(locale);
  return {
    title: { absolute: `${provider.displayName} · ${WORDS[locale].eyebrow}` },
    description: provider.tagline || WORDS[locale].metaDescription(provider.displayName),
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
  const words = WORDS[locale];
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
          {SECTIONS.map((section) => (
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
