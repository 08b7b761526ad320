// Words of the public updates stream: the topics (badges on /updates, categories in the Atom feed) and
// the feed's own title and subtitle, in each language.
import type { Locale } from "../../i18n/locale.ts";
import type { TrustUpdateTopic } from "../updates-in-language.ts";

export const TRUST_UPDATE_TOPIC_LABELS: Record<Locale, Record<TrustUpdateTopic, string>> = {
  en: { DOCUMENT: "Document", SUBPROCESSOR: "Subprocessor", COMPLIANCE: "Compliance" },
  de: { DOCUMENT: "Dokument", SUBPROCESSOR: "Unterauftragsverarbeiter", COMPLIANCE: "Compliance" },
};

export function trustUpdateTopicLabel(locale: Locale, topic: string): string {
  const labels = TRUST_UPDATE_TOPIC_LABELS[locale];
  return topic in labels ? labels[topic as TrustUpdateTopic] : topic;
}

export const FEED_MESSAGES: Record<Locale, { title: (name: string) => string; subtitle: string }> = {
  en: {
    title: (name) => `${name} trust center updates`.trim(),
    subtitle: "Changes to our trust documents, subprocessors and compliance roadmap.",
  },
  de: {
    title: (name) => `${name} Trust Center – Neuigkeiten`.trim(),
    subtitle:
      "Änderungen an unseren Trust-Dokumenten, Unterauftragsverarbeitern und unserer Compliance-Roadmap.",
  },
};
