// Words of the portal's breach notification pages and banner (customer portal: English and German,
// chosen by the request's language). Facts come from lib/incidents/notifications; times arrive as
// elements that name their zone.
import { durationParts } from "@/lib/incidents/deadline";
import type { NoticeItemKey } from "@/lib/incidents/notices/items";
import type { DeliveryKind } from "@/lib/mail/delivery-state";
import type { Text } from "@/lib/i18n/text";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const BREACH_NOTIFICATION_MESSAGES = {
  acknowledged: {
    en: "Acknowledged. The processor can see who acknowledged and when.",
    de: "Bestätigt. Der Auftragsverarbeiter sieht, wer wann bestätigt hat.",
  } satisfies Text,
  authorityRecorded: {
    en: "Your supervisory authority record was saved.",
    de: "Ihre Angaben zur Meldung an die Aufsichtsbehörde wurden gespeichert.",
  } satisfies Text,
};

/** The banner on every portal page while notifications await acknowledgement (B1, B4). */
export const BREACH_BANNER_MESSAGES = {
  title: (total: number): Text =>
    total === 1
      ? {
          en: "A personal data breach notification awaits your acknowledgement",
          de: "Eine Meldung einer Verletzung des Schutzes personenbezogener Daten wartet auf Ihre Bestätigung",
        }
      : {
          en: `${total} personal data breach notifications await your acknowledgement`,
          de: `${total} Meldungen von Verletzungen des Schutzes personenbezogener Daten warten auf Ihre Bestätigung`,
        },
  body: {
    en: "Your own 72-hour clock to your supervisory authority is running. Read the notification and acknowledge it.",
    de: "Ihre eigene 72-Stunden-Frist gegenüber Ihrer Aufsichtsbehörde läuft. Lesen Sie die Meldung und bestätigen Sie sie.",
  } satisfies Text,
  newest: (shown: number, total: number): Text => ({
    en: `The newest ${shown} of ${total}:`,
    de: `Die neuesten ${shown} von ${total}:`,
  }),
  seeAll: (total: number): Text => ({
    en: `See all ${total} in Breach notifications`,
    de: `Alle ${total} unter „Meldungen von Datenschutzverletzungen“ ansehen`,
  }),
  sent: { en: "sent", de: "gesendet" } satisfies Text,
};

/** The list of an organisation's notifications. */
export const BREACH_LIST_MESSAGES = {
  title: { en: "Breach notifications", de: "Meldungen von Datenschutzverletzungen" } satisfies Text,
  description: {
    en: "Personal data breaches your processor has notified to your organisation (Art. 33(2) GDPR), with every update as it was sent.",
    de: "Verletzungen des Schutzes personenbezogener Daten, die Ihr Auftragsverarbeiter Ihrer Organisation gemeldet hat (Art. 33 Abs. 2 DSGVO), mit jeder Aktualisierung so, wie sie gesendet wurde.",
  } satisfies Text,
  caption: {
    en: "Breach notifications to this organisation",
    de: "Meldungen an diese Organisation",
  } satisfies Text,
  emptyTitle: { en: "No breach notifications", de: "Keine Meldungen" } satisfies Text,
  emptyDescription: {
    en: "If a personal data breach ever affects your organisation's data, its notification appears here and is emailed to your privacy contacts, owners, admins and privacy officers. Nothing to do for now.",
    de: "Sollte eine Verletzung des Schutzes personenbezogener Daten je die Daten Ihrer Organisation betreffen, erscheint die Meldung hier und wird an Ihre Datenschutzkontakte, Inhaber, Administratoren und Datenschutzbeauftragten gemailt. Derzeit ist nichts zu tun.",
  } satisfies Text,
  incident: { en: "Incident", de: "Vorfall" } satisfies Text,
  sent: { en: "Sent", de: "Gesendet" } satisfies Text,
  delivered: { en: "Delivered", de: "Zugestellt" } satisfies Text,
  notDelivered: { en: "Not yet delivered by email", de: "Per E-Mail noch nicht zugestellt" } satisfies Text,
  latestUpdate: { en: "Latest update", de: "Letzte Aktualisierung" } satisfies Text,
  phase: (number: number): Text => ({ en: `Phase ${number}`, de: `Phase ${number}` }),
  acknowledgement: { en: "Acknowledgement", de: "Bestätigung" } satisfies Text,
  acknowledgedBy: { en: "Acknowledged by", de: "Bestätigt von" } satisfies Text,
  at: { en: "at", de: "am" } satisfies Text,
  awaiting: { en: "Awaiting acknowledgement", de: "Wartet auf Bestätigung" } satisfies Text,
};

/** "2 d 23 h" / "2 T. 23 Std.": a duration in whole minutes, as the staff console's clocks round it. */
function duration(totalMinutes: number): Text {
  const { days, hours, minutes } = durationParts(totalMinutes);
  if (days > 0) return { en: `${days} d ${hours} h`, de: `${days} T. ${hours} Std.` };
  if (hours > 0) return { en: `${hours} h ${minutes} min`, de: `${hours} Std. ${minutes} Min.` };
  return { en: `${minutes} min`, de: `${minutes} Min.` };
}

/** One notification: the key facts first, then the phases, then what the organisation records. */
export const BREACH_DETAIL_MESSAGES = {
  pageTitle: { en: "Breach notification", de: "Meldung einer Datenschutzverletzung" } satisfies Text,
  /** Who notified, when the provider's contact details are not set. */
  yourProcessor: { en: "Your processor", de: "Ihr Auftragsverarbeiter" } satisfies Text,
  /** The countdown badge of the 72-hour clock: "2 d 23 h left" / "noch 2 T. 23 Std."; overdue after. */
  timeLeft: (minutes: number): Text => {
    const left = duration(Math.abs(minutes));
    return minutes < 0
      ? { en: `${left.en} overdue`, de: `${left.de} überfällig` }
      : { en: `${left.en} left`, de: `noch ${left.de}` };
  },
  /** The Art. 33(3) items of a phase (English as lib/incidents/notices/items.ts names them). */
  noticeItems: {
    nature: { en: "Nature of the breach", de: "Art der Verletzung" },
    dataSubjects: {
      en: "Data subjects (categories, approximate number)",
      de: "Betroffene Personen (Kategorien, ungefähre Zahl)",
    },
    records: {
      en: "Personal data records (categories, approximate number)",
      de: "Personenbezogene Datensätze (Kategorien, ungefähre Zahl)",
    },
    contactPoint: {
      en: "Contact point (DPO or other contact)",
      de: "Anlaufstelle (Datenschutzbeauftragte oder sonstige Kontaktstelle)",
    },
    likelyConsequences: { en: "Likely consequences", de: "Wahrscheinliche Folgen" },
    measures: { en: "Measures taken or proposed", de: "Ergriffene oder vorgeschlagene Maßnahmen" },
  } satisfies Record<NoticeItemKey, Text>,
  notifiedBy: (processor: string): Text => ({
    en: `Personal data breach notified to you by ${processor}.`,
    de: `Von ${processor} an Sie gemeldete Verletzung des Schutzes personenbezogener Daten.`,
  }),
  evidencePdf: { en: "Evidence pack (PDF)", de: "Nachweispaket (PDF)" } satisfies Text,
  evidenceJson: { en: "Evidence pack (JSON)", de: "Nachweispaket (JSON)" } satisfies Text,
  timesIn: { en: "Times in your time zone:", de: "Zeiten in Ihrer Zeitzone:" } satisfies Text,
  factsTitle: { en: "At a glance", de: "Auf einen Blick" } satisfies Text,
  whatHappened: { en: "What happened", de: "Was ist passiert" } satisfies Text,
  detected: (processor: string): Text => ({
    en: `Detected by ${processor}`,
    de: `Entdeckt von ${processor}`,
  }),
  aware: (processor: string): Text => ({
    en: `${processor} became aware`,
    de: `${processor} hat davon erfahren`,
  }),
  processorDeadline: {
    en: "Our deadline to notify you",
    de: "Unsere Frist, Sie zu informieren",
  } satisfies Text,
  window: (hours: number): Text => ({
    en: `${hours} hours from awareness, by`,
    de: `${hours} Stunden ab Kenntnis, bis`,
  }),
  deadlineMet: { en: "Met", de: "Eingehalten" } satisfies Text,
  deadlineMissed: { en: "Missed", de: "Überschritten" } satisfies Text,
  deadlineOpen: { en: "Not yet delivered", de: "Noch nicht zugestellt" } satisfies Text,
  delivery: { en: "Delivery to you", de: "Zustellung an Sie" } satisfies Text,
  deliveredByEmail: {
    en: "Delivered: a mail server accepted the notice for your addresses at",
    de: "Zugestellt: Ein Mailserver hat die Meldung für Ihre Adressen angenommen am",
  } satisfies Text,
  reachedByAcknowledgement: {
    en: "Not delivered by email yet; your organisation acknowledged it here at",
    de: "Per E-Mail noch nicht zugestellt; Ihre Organisation hat sie hier bestätigt am",
  } satisfies Text,
  publishedOnly: {
    en: "Published here at",
    de: "Hier veröffentlicht am",
  } satisfies Text,
  publishedOnlyEnd: {
    en: "The email to your addresses has not been delivered yet.",
    de: "Die E-Mail an Ihre Adressen wurde noch nicht zugestellt.",
  } satisfies Text,
  recipients: (phase: number): Text => ({
    en: `Emails of phase ${phase}`,
    de: `E-Mails der Phase ${phase}`,
  }),
  recipientState: {
    accepted: { en: "delivered", de: "zugestellt" },
    queued: { en: "queued, not delivered yet", de: "in der Warteschlange, noch nicht zugestellt" },
    retrying: { en: "not delivered yet, retrying", de: "noch nicht zugestellt, neuer Versuch folgt" },
    failed: { en: "could not be delivered", de: "konnte nicht zugestellt werden" },
  } satisfies Record<DeliveryKind, Text>,
  acknowledgementTerm: { en: "Acknowledgement", de: "Bestätigung" } satisfies Text,
  acknowledgedBy: { en: "Acknowledged by", de: "Bestätigt von" } satisfies Text,
  at: { en: "at", de: "am" } satisfies Text,
  awaiting: { en: "Awaiting acknowledgement", de: "Wartet auf Bestätigung" } satisfies Text,
  yourClock: {
    en: "Your deadline to your authority",
    de: "Ihre Frist gegenüber Ihrer Behörde",
  } satisfies Text,
  clockNotStarted: {
    en: "Starts when this notification reaches you: when a mail server accepts it for one of your addresses, or when you acknowledge it here.",
    de: "Beginnt, sobald diese Meldung Sie erreicht: wenn ein Mailserver sie für eine Ihrer Adressen annimmt oder wenn Sie sie hier bestätigen.",
  } satisfies Text,
  authorityNotified: { en: "Authority notified", de: "Behörde informiert" } satisfies Text,
  dataSubjectsTitle: {
    en: "Informing data subjects (Art. 34)",
    de: "Benachrichtigung der betroffenen Personen (Art. 34)",
  } satisfies Text,
  highRisk: {
    en: "This breach is likely to result in a high risk to the people whose data is affected.",
    de: "Diese Verletzung birgt voraussichtlich ein hohes Risiko für die Personen, deren Daten betroffen sind.",
  } satisfies Text,
  dataSubjectText: {
    en: "Plain-language text for data subjects:",
    de: "Text in klarer Sprache für die betroffenen Personen:",
  } satisfies Text,
  exemption: { en: "Exemption recorded:", de: "Festgehaltene Ausnahme:" } satisfies Text,
  justification: { en: "Justification:", de: "Begründung:" } satisfies Text,
  dataSubjectsPending: {
    en: "The text for data subjects is being prepared and will follow.",
    de: "Der Text für die betroffenen Personen wird vorbereitet und folgt.",
  } satisfies Text,
  contactPoint: { en: "Contact point", de: "Anlaufstelle" } satisfies Text,
  processorContact: (p: {
    name: string;
    dpoName: string;
    dpoEmail: string;
    securityEmail: string;
  }): Text => ({
    en: `${p.name}: data protection officer ${p.dpoName} (${p.dpoEmail}), security team ${p.securityEmail}.`,
    de: `${p.name}: Datenschutzbeauftragte(r) ${p.dpoName} (${p.dpoEmail}), Sicherheitsteam ${p.securityEmail}.`,
  }),
  phasesTitle: { en: "Notification phases", de: "Phasen der Meldung" } satisfies Text,
  phase: (number: number): Text => ({ en: `Phase ${number}`, de: `Phase ${number}` }),
  sentAt: { en: "Sent at", de: "Gesendet am" } satisfies Text,
  yourResponse: { en: "Your response", de: "Ihre Rückmeldung" } satisfies Text,
  acknowledgementTitle: { en: "Acknowledgement", de: "Bestätigung" } satisfies Text,
  acknowledgeExplain: {
    en: "Acknowledging tells your processor that your organisation has received this notification.",
    de: "Mit der Bestätigung teilen Sie Ihrem Auftragsverarbeiter mit, dass Ihre Organisation diese Meldung erhalten hat.",
  } satisfies Text,
  acknowledgeButton: { en: "Acknowledge this notification", de: "Diese Meldung bestätigen" } satisfies Text,
  acknowledging: { en: "Acknowledging…", de: "Wird bestätigt…" } satisfies Text,
  cannotRespond: {
    en: "An owner, admin or privacy officer of your organisation can acknowledge it.",
    de: "Inhaber, Administratoren und Datenschutzbeauftragte Ihrer Organisation können sie bestätigen.",
  } satisfies Text,
  clockTitle: {
    en: "Your 72-hour clock to your supervisory authority",
    de: "Ihre 72-Stunden-Frist gegenüber Ihrer Aufsichtsbehörde",
  } satisfies Text,
  clockStarted: {
    en: "Started when this notification first reached you",
    de: "Begonnen, als diese Meldung Sie zuerst erreicht hat",
  } satisfies Text,
  deadline: { en: "Deadline", de: "Frist" } satisfies Text,
  authorityNotifiedAt: { en: "Authority notified at", de: "Behörde informiert am" } satisfies Text,
  reference: { en: "reference", de: "Aktenzeichen" } satisfies Text,
  enteredIn: (timeZone: string): Text => ({
    en: `entered in ${timeZone}`,
    de: `eingegeben in ${timeZone}`,
  }),
  emailCount: (accepted: number, total: number): Text => ({
    en: `${accepted} of ${total} ${plural(total, "address", "addresses")}`,
    de: `${accepted} von ${total} ${plural(total, "Adresse", "Adressen")}`,
  }),
};

/** The organisation's own record of notifying its supervisory authority (B4). */
export const AUTHORITY_FORM_MESSAGES = {
  formLabel: {
    en: "Your supervisory authority notification",
    de: "Ihre Meldung an die Aufsichtsbehörde",
  } satisfies Text,
  notifiedAt: (timeZone: string): Text => ({
    en: `Authority notified at (${timeZone})`,
    de: `Behörde informiert am (${timeZone})`,
  }),
  notifiedAtHint: {
    en: "In your time zone. Leave empty until you have notified your authority. It cannot be before this notification reached you.",
    de: "In Ihrer Zeitzone. Leer lassen, bis Sie Ihre Behörde informiert haben. Der Zeitpunkt kann nicht vor dem Eingang dieser Meldung liegen.",
  } satisfies Text,
  reference: { en: "Authority's reference", de: "Aktenzeichen der Behörde" } satisfies Text,
  delayReason: { en: "Reasons for delay", de: "Gründe für die Verzögerung" } satisfies Text,
  delayReasonHint: {
    en: "Required when the authority is notified more than 72 hours after this notification reached you.",
    de: "Erforderlich, wenn die Behörde mehr als 72 Stunden nach Eingang dieser Meldung informiert wird.",
  } satisfies Text,
  save: { en: "Save authority record", de: "Angaben speichern" } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
};
