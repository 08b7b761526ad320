// The words lib/subprocessor-notices writes itself: the notice email to an organisation (English and
// German, plain text), the names of a notice's states and of an objection's outcomes (portal EN/DE, staff
// console), and why an answer or a setting is refused.
import type {
  SubprocessorAuthorisation,
  SubprocessorNoticeStatus,
  SubprocessorObjectionOutcome,
} from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";
import type { MatrixFilterField } from "./matrix-filter.ts";

const MATRIX_FILTER_FIELD_NAMES: Record<MatrixFilterField, string> = {
  change: "the change is not one of the list",
  state: "the state is not one of the list",
  q: "the organisation name is longer than 100 characters",
};

export const AUTHORISATION_MODE_LABELS: Record<SubprocessorAuthorisation, Text> = {
  GENERAL: {
    en: "General authorisation (notice and objection window)",
    de: "Allgemeine Genehmigung (Mitteilung und Widerspruchsfrist)",
  },
  SPECIFIC: {
    en: "Specific authorisation (approval needed)",
    de: "Gesonderte Genehmigung (Zustimmung erforderlich)",
  },
};

export const NOTICE_STATUS_LABELS: Record<SubprocessorNoticeStatus, Text> = {
  NOTIFIED: { en: "Notified", de: "Mitgeteilt" },
  OBJECTED: { en: "Objected", de: "Widersprochen" },
  ACCEPTED: { en: "Accepted", de: "Angenommen" },
  DEEMED_ACCEPTED: { en: "Deemed accepted", de: "Als angenommen geltend" },
  APPROVED: { en: "Approved", de: "Genehmigt" },
  REFUSED: { en: "Refused", de: "Abgelehnt" },
};

export const OBJECTION_OUTCOME_LABELS: Record<SubprocessorObjectionOutcome, Text> = {
  WITHDRAWN: { en: "Withdrawn by the customer", de: "Vom Kunden zurückgezogen" },
  ALTERNATIVE: { en: "Resolved by an alternative", de: "Durch eine Alternative gelöst" },
  CONTRACT_TERMINATED: { en: "Contract terminated", de: "Vertrag beendet" },
};

/** Why an answer, a resolution or a setting is refused. */
export const SUBPROCESSOR_NOTICE_ERRORS = {
  notOpen: {
    en: "This notice has already been answered.",
    de: "Diese Mitteilung wurde bereits beantwortet.",
  } satisfies Text,
  windowClosed: {
    en: "The objection window of this notice has closed.",
    de: "Die Widerspruchsfrist dieser Mitteilung ist abgelaufen.",
  } satisfies Text,
  wrongMode: {
    en: "This answer does not fit the authorisation mode of this notice.",
    de: "Diese Antwort passt nicht zur Genehmigungsart dieser Mitteilung.",
  } satisfies Text,
  nothingToAuthorise: {
    en: "A removal needs no authorisation.",
    de: "Ein Wegfall braucht keine Genehmigung.",
  } satisfies Text,
  reasonRequired: {
    en: "Give a reason (at least 10 characters).",
    de: "Geben Sie eine Begründung an (mindestens 10 Zeichen).",
  } satisfies Text,
  noOpenObjection: { en: "This notice has no open objection." } satisfies Text,
  /** The staff matrix's filter (staff console: English). */
  matrixFilterInvalid: (fields: readonly MatrixFilterField[]): Text => ({
    en: `This filter cannot be used: ${fields.map((f) => MATRIX_FILTER_FIELD_NAMES[f]).join(", ")}. Choose from the lists, or clear the filter.`,
  }),
  matrixUnknownChange: {
    en: "No change with customer notices has this id. Choose one from the list, or clear the filter.",
  } satisfies Text,
  organizationNoticeTooShort: (days: number, organization: string, noticeDays: number): Text => ({
    en: `The effective date is only ${days} day(s) away, but ${organization} has ${noticeDays} days' notice in its DPA (general authorisation). Choose a later date, or tick “shorter notice” to confirm it on purpose: the subprocessor then applies to ${organization} only once its window has closed.`,
  }),
};

/** The notice email to an organisation's recipients (plain text, in the recipient's language). */
export const NOTICE_EMAIL_MESSAGES = {
  en: {
    subject: (organization: string, title: string) => `${organization}: subprocessor notice – ${title}`,
    greeting: "Hello,",
    intro: (provider: string, organization: string) =>
      `${provider} notifies ${organization} of a change to the subprocessors that process personal data on its behalf.`,
    change: "Change",
    effective: "Effective date",
    subprocessor: "Subprocessor",
    activity: "Processing activity",
    categories: "Data categories",
    location: "Location",
    transfer: "Transfer mechanism",
    replaces: (name: string) => `Replaces: ${name}`,
    general: (earliestEnd: string, days: number) =>
      `Under your DPA (general authorisation, ${days} days' notice) you may object within ${days} days of this notice reaching your organisation: until ${earliestEnd} at the earliest; the portal shows the exact date. Without an objection by then, the change is deemed accepted for your organisation.`,
    specific:
      "Under your DPA (specific authorisation) this subprocessor will not process your organisation's data until you approve it.",
    removal: "Nothing to authorise: this subprocessor stops processing personal data on the effective date.",
    portal: "Answer in the customer portal",
    why: (organization: string) =>
      `You receive this email as an owner, administrator or privacy contact of ${organization}.`,
  },
  de: {
    subject: (organization: string, title: string) =>
      `${organization}: Mitteilung zu Unterauftragsverarbeitern – ${title}`,
    greeting: "Guten Tag,",
    intro: (provider: string, organization: string) =>
      `${provider} teilt ${organization} eine Änderung der Unterauftragsverarbeiter mit, die personenbezogene Daten in ihrem Auftrag verarbeiten.`,
    change: "Änderung",
    effective: "Gültig ab",
    subprocessor: "Unterauftragsverarbeiter",
    activity: "Verarbeitungstätigkeit",
    categories: "Datenkategorien",
    location: "Ort",
    transfer: "Übermittlungsgrundlage",
    replaces: (name: string) => `Ersetzt: ${name}`,
    general: (earliestEnd: string, days: number) =>
      `Nach Ihrem AVV (allgemeine Genehmigung, ${days} Tage Frist) können Sie innerhalb von ${days} Tagen nach Zugang dieser Mitteilung widersprechen: frühestens bis ${earliestEnd}; das genaue Datum steht im Portal. Ohne Widerspruch bis dahin gilt die Änderung für Ihre Organisation als angenommen.`,
    specific:
      "Nach Ihrem AVV (gesonderte Genehmigung) verarbeitet dieser Unterauftragsverarbeiter die Daten Ihrer Organisation erst, wenn Sie zustimmen.",
    removal:
      "Nichts zu genehmigen: Dieser Unterauftragsverarbeiter verarbeitet ab dem Stichtag keine personenbezogenen Daten mehr.",
    portal: "Antworten Sie im Kundenportal",
    why: (organization: string) =>
      `Sie erhalten diese E-Mail als Inhaber, Administrator oder Datenschutzkontakt von ${organization}.`,
  },
} as const satisfies Record<Locale, unknown>;

/**
 * The email to the provider's PRIVACY staff when a customer objects (GENERAL) or refuses (SPECIFIC): English,
 * like the staff console, plain text; the caller passes every typed text as one line.
 */
export const OBJECTION_EMAIL_MESSAGES = {
  subject: {
    object: (organization: string, subprocessor: string) =>
      `${organization} objects to subprocessor ${subprocessor}`,
    refuse: (organization: string, subprocessor: string) =>
      `${organization} refuses subprocessor ${subprocessor}`,
  },
  intro: {
    object: (organization: string) =>
      `${organization} objected to a subprocessor change (general authorisation). Until the objection is resolved, the subprocessor is not authorised for this organisation.`,
    refuse: (organization: string) =>
      `${organization} refused to approve a subprocessor change (specific authorisation). The subprocessor must not process this organisation's data.`,
  },
  organization: "Organisation",
  subprocessor: "Subprocessor",
  answer: "Answer",
  answers: {
    object: "Objected (general authorisation)",
    refuse: "Refused (specific authorisation)",
  },
  by: "Answered by",
  reason: "Reason, as the customer wrote it",
  queue: "Objections queue",
  matrix: "Refusals are shown in the notice matrix",
  why: "You receive this email as a member of the provider's privacy staff.",
} as const;
