import type { Locale } from "@/lib/i18n/locale";

/** Words of the updates page and the home page's latest updates. */
export const UPDATES_MESSAGES: Record<
  Locale,
  {
    title: string;
    intro: string;
    listLabel: string;
    published: string;
    emptyTitle: string;
    emptyDescription: string;
    subscribeTitle: string;
    subscribeText: string;
    subscribeLink: string;
    feedText: string;
    feedLink: string;
    feedTitle: string;
    /** The marker of an entry whose change is not in the reader's language yet. */
    onlyIn: Record<Locale, string>;
  }
> = {
  en: {
    title: "Updates",
    intro:
      "Every change to this trust center: new document versions, subprocessor changes and compliance milestones, newest first.",
    listLabel: "Trust center updates",
    published: "Published",
    emptyTitle: "No updates yet",
    emptyDescription:
      "Changes to our documents, subprocessors and compliance roadmap will be listed here. Subscribe to be told by email.",
    subscribeTitle: "Stay informed",
    subscribeText: "Get an email when our subprocessors change:",
    subscribeLink: "subscribe on the subprocessors page",
    feedText: "Or follow these updates in your feed reader:",
    feedLink: "Atom feed",
    feedTitle: "Trust center updates (Atom)",
    onlyIn: { en: "English only", de: "German only" },
  },
  de: {
    title: "Neuigkeiten",
    intro:
      "Jede Änderung an diesem Trust Center: neue Dokumentversionen, Änderungen bei Unterauftragsverarbeitern und Compliance-Meilensteine, die neuesten zuerst.",
    listLabel: "Neuigkeiten aus dem Trust Center",
    published: "Veröffentlicht",
    emptyTitle: "Noch keine Neuigkeiten",
    emptyDescription:
      "Änderungen an unseren Dokumenten, Unterauftragsverarbeitern und unserer Compliance-Roadmap erscheinen hier. Abonnieren Sie sie per E-Mail.",
    subscribeTitle: "Auf dem Laufenden bleiben",
    subscribeText: "Erhalten Sie eine E-Mail, wenn sich unsere Unterauftragsverarbeiter ändern:",
    subscribeLink: "auf der Seite der Unterauftragsverarbeiter abonnieren",
    feedText: "Oder folgen Sie diesen Neuigkeiten in Ihrem Feedreader:",
    feedLink: "Atom-Feed",
    feedTitle: "Neuigkeiten aus dem Trust Center (Atom)",
    onlyIn: { en: "Nur auf Englisch", de: "Nur auf Deutsch" },
  },
};
