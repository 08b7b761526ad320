// Words for the topics of public updates (badges on /updates, categories in the Atom feed).
import type { Locale } from "../../i18n/locale.ts";
import type { TrustUpdateTopic } from "../updates.ts";

export const TRUST_UPDATE_TOPIC_LABELS: Record<Locale, Record<TrustUpdateTopic, string>> = {
  en: { DOCUMENT: "Document", SUBPROCESSOR: "Subprocessor", COMPLIANCE: "Compliance" },
  de: { DOCUMENT: "Dokument", SUBPROCESSOR: "Unterauftragsverarbeiter", COMPLIANCE: "Compliance" },
};

export function trustUpdateTopicLabel(locale: Locale, topic: string): string {
  const labels = TRUST_UPDATE_TOPIC_LABELS[locale];
  return topic in labels ? labels[topic as TrustUpdateTopic] : topic;
}
