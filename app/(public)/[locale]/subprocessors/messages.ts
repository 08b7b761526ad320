import type { Locale } from "@/lib/i18n/locale";

/** Words of the public subprocessor page and its subscribe form, in each language. */
export const SUBPROCESSOR_MESSAGES: Record<
  Locale,
  {
    title: string;
    intro: string;
    downloads: string;
    json: string;
    csv: string;
    feed: string;
    subscribeLink: string;
    currentHeading: string;
    currentCaption: string;
    columns: {
      name: string;
      purpose: string;
      categories: string;
      location: string;
      transfer: string;
      since: string;
    };
    until: (date: string) => string;
    externalSite: string;
    noneCurrent: string;
    noneCurrentHint: string;
    announcedHeading: string;
    announcedIntro: string;
    noneAnnounced: string;
    noneAnnouncedHint: string;
    effective: (date: string) => string;
    announced: (date: string) => string;
    stops: (name: string, date: string) => string;
    pastHeading: string;
    nonePast: string;
    subscribeHeading: string;
    subscribeIntro: string;
    emailLabel: string;
    emailHint: string;
    honeypotLabel: string;
    subscribeButton: string;
    subscribing: string;
    accepted: string;
    invalidEmail: string;
    throttled: (minutes: number) => string;
    orFeed: string;
    allUpdates: string;
  }
> = {
  en: {
    title: "Subprocessors",
    intro:
      "The companies below process personal data on behalf of our customers. We announce every change at least 30 days before it takes effect, by email to subscribers and in the updates feed, so customers can object in time.",
    downloads: "Machine-readable list",
    json: "JSON",
    csv: "CSV",
    feed: "Atom feed of updates",
    subscribeLink: "Get changes by email",
    currentHeading: "Current subprocessors",
    currentCaption: "Subprocessors that currently process customer personal data",
    columns: {
      name: "Name",
      purpose: "Purpose",
      categories: "Data categories",
      location: "Location",
      transfer: "Transfer mechanism",
      since: "Since",
    },
    until: (date) => `until ${date}`,
    externalSite: "(website)",
    noneCurrent: "No subprocessors are listed at the moment",
    noneCurrentHint: "Subscribe below to be emailed as soon as one is announced.",
    announcedHeading: "Announced changes",
    announcedIntro: "These changes have been announced and take effect on the date shown.",
    noneAnnounced: "No changes are announced at the moment",
    noneAnnouncedHint: "Subscribe below or follow the Atom feed to hear about the next one first.",
    effective: (date) => `Effective ${date}`,
    announced: (date) => `announced ${date}`,
    stops: (name, date) => `${name} stops processing personal data on ${date}.`,
    pastHeading: "Past changes",
    nonePast: "No earlier changes.",
    subscribeHeading: "Get changes by email",
    subscribeIntro:
      "We email you when a change is announced, before it takes effect. Each email has a one-click unsubscribe link.",
    emailLabel: "Email address",
    emailHint: "We send a confirmation link first; nothing else until you confirm.",
    honeypotLabel: "Website (leave this empty)",
    subscribeButton: "Subscribe",
    subscribing: "Subscribing…",
    accepted: "Check your inbox to confirm your subscription. The link works for 48 hours.",
    invalidEmail: "Enter an email address, like name@example.com.",
    throttled: (minutes) => `Too many requests, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    orFeed: "Prefer a feed reader? Follow the Atom feed:",
    allUpdates: "All trust center updates",
  },
  de: {
    title: "Unterauftragsverarbeiter",
    intro:
      "Die folgenden Unternehmen verarbeiten personenbezogene Daten im Auftrag unserer Kunden. Jede Änderung kündigen wir mindestens 30 Tage vor ihrem Inkrafttreten an, per E-Mail an Abonnenten und im Neuigkeiten-Feed, damit Kunden rechtzeitig widersprechen können.",
    downloads: "Maschinenlesbare Liste",
    json: "JSON",
    csv: "CSV",
    feed: "Atom-Feed der Neuigkeiten",
    subscribeLink: "Änderungen per E-Mail erhalten",
    currentHeading: "Aktuelle Unterauftragsverarbeiter",
    currentCaption: "Unterauftragsverarbeiter, die derzeit personenbezogene Daten von Kunden verarbeiten",
    columns: {
      name: "Name",
      purpose: "Zweck",
      categories: "Datenkategorien",
      location: "Ort",
      transfer: "Übermittlungsgrundlage",
      since: "Seit",
    },
    until: (date) => `bis ${date}`,
    externalSite: "(Website)",
    noneCurrent: "Derzeit sind keine Unterauftragsverarbeiter eingetragen",
    noneCurrentHint: "Abonnieren Sie unten, um bei der nächsten Ankündigung sofort eine E-Mail zu erhalten.",
    announcedHeading: "Angekündigte Änderungen",
    announcedIntro: "Diese Änderungen sind angekündigt und gelten ab dem genannten Datum.",
    noneAnnounced: "Derzeit sind keine Änderungen angekündigt",
    noneAnnouncedHint:
      "Abonnieren Sie unten oder folgen Sie dem Atom-Feed, um von der nächsten zuerst zu erfahren.",
    effective: (date) => `Gültig ab ${date}`,
    announced: (date) => `angekündigt am ${date}`,
    stops: (name, date) => `${name} verarbeitet ab ${date} keine personenbezogenen Daten mehr.`,
    pastHeading: "Frühere Änderungen",
    nonePast: "Keine früheren Änderungen.",
    subscribeHeading: "Änderungen per E-Mail erhalten",
    subscribeIntro:
      "Wir schreiben Ihnen, sobald eine Änderung angekündigt wird, bevor sie gilt. Jede E-Mail enthält einen Abmeldelink (ein Klick).",
    emailLabel: "E-Mail-Adresse",
    emailHint: "Zuerst senden wir einen Bestätigungslink; sonst nichts, bis Sie bestätigen.",
    honeypotLabel: "Website (bitte leer lassen)",
    subscribeButton: "Abonnieren",
    subscribing: "Wird abonniert…",
    accepted:
      "Bitte prüfen Sie Ihr Postfach und bestätigen Sie das Abonnement. Der Link ist 48 Stunden gültig.",
    invalidEmail: "Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.",
    throttled: (minutes) =>
      `Zu viele Anfragen. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut.`,
    orFeed: "Lieber mit einem Feedreader? Folgen Sie dem Atom-Feed:",
    allUpdates: "Alle Neuigkeiten des Trust Centers",
  },
};
