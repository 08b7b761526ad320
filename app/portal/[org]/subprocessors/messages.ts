// Words of the portal's subprocessor page (org.subprocessors.view: every member; answers:
// org.subprocessors.respond), English and German.
import type { AuthorisationState } from "@/lib/subprocessor-notices/authorised-at";
import type { SubprocessorChangeType } from "@/lib/generated/prisma/enums";
import type { Text } from "@/lib/i18n/text";

export const SUBPROCESSORS_NAV: Text = { en: "Subprocessors", de: "Unterauftragsverarbeiter" };

export const SUBPROCESSOR_PAGE_MESSAGES = {
  title: { en: "Subprocessors", de: "Unterauftragsverarbeiter" } satisfies Text,
  description: {
    en: "The subprocessors that process your organisation's personal data, and every change we notified you of, with your answers.",
    de: "Die Unterauftragsverarbeiter, die personenbezogene Daten Ihrer Organisation verarbeiten, und jede Änderung, die wir Ihnen mitgeteilt haben, mit Ihren Antworten.",
  } satisfies Text,
  modeGeneral: (days: number): Text => ({
    en: `Your DPA gives a general authorisation: we notify you of every new subprocessor ${days} days in advance, and you may object within that window. Without an objection it is deemed accepted.`,
    de: `Ihr AVV erteilt eine allgemeine Genehmigung: Wir teilen Ihnen jeden neuen Unterauftragsverarbeiter ${days} Tage im Voraus mit, und Sie können innerhalb dieser Frist widersprechen. Ohne Widerspruch gilt er als angenommen.`,
  }),
  modeSpecific: {
    en: "Your DPA requires your specific authorisation: a new subprocessor processes your organisation's data only after you approve it.",
    de: "Ihr AVV verlangt Ihre gesonderte Genehmigung: Ein neuer Unterauftragsverarbeiter verarbeitet die Daten Ihrer Organisation erst, wenn Sie zustimmen.",
  } satisfies Text,
  readOnly: {
    en: "Your role can read this page; owners, admins and privacy officers answer notices.",
    de: "Ihre Rolle kann diese Seite lesen; Inhaber, Administratoren und Datenschutzbeauftragte beantworten Mitteilungen.",
  } satisfies Text,
  closing: {
    en: "The organisation is being closed: notices can no longer be answered.",
    de: "Die Organisation wird geschlossen: Mitteilungen können nicht mehr beantwortet werden.",
  } satisfies Text,
  appliedTitle: {
    en: "Subprocessors that apply to you",
    de: "Für Sie geltende Unterauftragsverarbeiter",
  } satisfies Text,
  appliedEmpty: { en: "No subprocessors", de: "Keine Unterauftragsverarbeiter" } satisfies Text,
  appliedEmptyText: {
    en: "No subprocessor processes personal data on our behalf today.",
    de: "Heute verarbeitet kein Unterauftragsverarbeiter personenbezogene Daten in unserem Auftrag.",
  } satisfies Text,
  noticesTitle: { en: "Notices", de: "Mitteilungen" } satisfies Text,
  noticesEmpty: { en: "No notices yet", de: "Noch keine Mitteilungen" } satisfies Text,
  noticesEmptyText: {
    en: "When we add, replace or remove a subprocessor, the notice appears here and is emailed to your owners, admins and privacy contacts.",
    de: "Wenn wir einen Unterauftragsverarbeiter hinzufügen, austauschen oder entfernen, erscheint die Mitteilung hier und geht per E-Mail an Ihre Inhaber, Administratoren und Datenschutzkontakte.",
  } satisfies Text,
  name: { en: "Name", de: "Name" } satisfies Text,
  activity: { en: "Processing activity", de: "Verarbeitungstätigkeit" } satisfies Text,
  categories: { en: "Data categories", de: "Datenkategorien" } satisfies Text,
  location: { en: "Location", de: "Ort" } satisfies Text,
  transfer: { en: "Transfer mechanism", de: "Übermittlungsgrundlage" } satisfies Text,
  /** Table headers label each value on phones: short words that fit the label column. */
  activityShort: { en: "Activity", de: "Tätigkeit" } satisfies Text,
  transferShort: { en: "Transfer", de: "Übermittlung" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  change: { en: "Change", de: "Änderung" } satisfies Text,
  effective: { en: "Effective date", de: "Gültig ab" } satisfies Text,
  notified: { en: "Notified", de: "Mitgeteilt" } satisfies Text,
  windowEnds: { en: "Objection window ends", de: "Widerspruchsfrist endet" } satisfies Text,
  windowAwaitsDelivery: (days: number): Text => ({
    en: `${days} days after our email reaches you (none of the emails has been accepted by a mail server yet)`,
    de: `${days} Tage nach Zugang unserer E-Mail (noch hat kein Mailserver eine der E-Mails angenommen)`,
  }),
  replaces: { en: "Replaces", de: "Ersetzt" } satisfies Text,
  history: { en: "Answers", de: "Antworten" } satisfies Text,
  byProvider: { en: "the provider", de: "der Anbieter" } satisfies Text,
  states: {
    authorised: { en: "Authorised", de: "Genehmigt" },
    window_open: {
      en: "Not yet authorised: objection window open",
      de: "Noch nicht genehmigt: Widerspruchsfrist läuft",
    },
    objected: { en: "Not authorised: objected", de: "Nicht genehmigt: widersprochen" },
    awaiting_approval: {
      en: "Not authorised: awaiting your approval",
      de: "Nicht genehmigt: wartet auf Ihre Zustimmung",
    },
    refused: { en: "Not authorised: refused", de: "Nicht genehmigt: abgelehnt" },
  } satisfies Record<AuthorisationState, Text>,
  changeTypes: {
    ADD: { en: "New subprocessor", de: "Neuer Unterauftragsverarbeiter" },
    REPLACE: { en: "Replacement", de: "Austausch" },
    REMOVE: { en: "Removal", de: "Wegfall" },
  } satisfies Record<SubprocessorChangeType, Text>,
  reason: { en: "Reason", de: "Begründung" } satisfies Text,
  reasonHint: {
    en: "Required to object or refuse (at least 10 characters).",
    de: "Erforderlich für Widerspruch oder Ablehnung (mindestens 10 Zeichen).",
  } satisfies Text,
  answerLabel: (name: string): Text => ({
    en: `Answer the notice about ${name}`,
    de: `Mitteilung zu ${name} beantworten`,
  }),
  object: { en: "Object", de: "Widersprechen" } satisfies Text,
  accept: { en: "Accept", de: "Annehmen" } satisfies Text,
  approve: { en: "Approve", de: "Zustimmen" } satisfies Text,
  refuse: { en: "Refuse", de: "Ablehnen" } satisfies Text,
  sending: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
  answered: {
    OBJECTED: {
      en: "Your objection was recorded. Our privacy team will contact you.",
      de: "Ihr Widerspruch wurde erfasst. Unser Datenschutzteam meldet sich bei Ihnen.",
    },
    ACCEPTED: { en: "Your acceptance was recorded.", de: "Ihre Annahme wurde erfasst." },
    APPROVED: { en: "Your approval was recorded.", de: "Ihre Zustimmung wurde erfasst." },
    REFUSED: {
      en: "Your refusal was recorded. Our privacy team will contact you.",
      de: "Ihre Ablehnung wurde erfasst. Unser Datenschutzteam meldet sich bei Ihnen.",
    },
  } satisfies Record<"OBJECTED" | "ACCEPTED" | "APPROVED" | "REFUSED", Text>,
};

/** The banner every portal page shows those who may answer while notices await the organisation's answer. */
export const SUBPROCESSOR_BANNER_MESSAGES = {
  title: (count: number): Text =>
    count === 1
      ? {
          en: "A subprocessor notice awaits your answer",
          de: "Eine Mitteilung zu Unterauftragsverarbeitern wartet auf Ihre Antwort",
        }
      : {
          en: `${count} subprocessor notices await your answer`,
          de: `${count} Mitteilungen zu Unterauftragsverarbeitern warten auf Ihre Antwort`,
        },
  body: {
    en: "We told your organisation of changes to our subprocessors. Object or accept while an objection window is open; approve or refuse those that need your approval.",
    de: "Wir haben Ihrer Organisation Änderungen unserer Unterauftragsverarbeiter mitgeteilt. Widersprechen oder stimmen Sie zu, solange eine Widerspruchsfrist läuft; genehmigen oder lehnen Sie ab, wo Ihre Zustimmung nötig ist.",
  } satisfies Text,
  earliestWindowEnd: {
    en: "The first objection window closes:",
    de: "Die erste Widerspruchsfrist endet:",
  } satisfies Text,
  link: { en: "Read and answer the notices", de: "Mitteilungen lesen und beantworten" } satisfies Text,
};
