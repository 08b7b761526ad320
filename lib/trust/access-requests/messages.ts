// The sentences of the access-request flow that lib writes itself: why a staff decision or rule change
// was refused (staff console: English); the reason a free-mail request is denied with, stored with the
// grant and shown to the requester in their language; the emails to the requester (English and German)
// and the notice to the provider's security address (English).
import type { Locale } from "../../i18n/locale.ts";
import type { Text } from "../../i18n/text.ts";
import { quoted } from "../../text/quote.ts";

export const ACCESS_REQUEST_MESSAGES = {
  alreadyDecided: { en: "This document was already decided." },
  archivedDocument: { en: "The document is archived; restore it in the library before approving." },
  onlyApprovedRevocable: { en: "Only approved documents can be revoked." },
  ruleExists: (domain: string): Text => ({ en: `There is already a rule for ${domain}; edit that one.` }),
  ruleExistsForDomain: (domain: string): Text => ({ en: `There is already a rule for ${domain}.` }),
  settingsMissing: { en: "The provider settings are missing; run the setup first." },
  /** The provider's name in emails when the provider settings have none. */
  providerFallback: "Trust center",
};

/** The reason stored with a grant denied because the address is a free-mail one. */
export const FREE_MAIL_REASON: Record<Locale, (domain: string) => string> = {
  en: (domain) =>
    `Requests from free email providers (${domain}) are not accepted. Please request again with your work email address.`,
  de: (domain) =>
    `Anfragen von Adressen kostenloser E-Mail-Anbieter (${domain}) werden nicht angenommen. Bitte stellen Sie die Anfrage mit Ihrer geschäftlichen E-Mail-Adresse.`,
};

/** The emails to the requester, in their language. */
export const ACCESS_EMAIL_MESSAGES = {
  en: {
    hello: (name: string) => `Hello ${quoted(name)},`,
    receivedSubject: "Your request for security documents was received",
    decisionSubject: "Your request for security documents: decision",
    revokedSubject: "Your access to a security document was revoked",
    approvedSubject: (title: string) => `Access approved: ${title}`,
    deniedSubject: (title: string) => `Access declined: ${title}`,
    received: (version: number, at: string) =>
      `thank you for your request. You accepted our non-disclosure agreement (version ${version}) on ${at}.`,
    reference: (reference: string) =>
      `Your reference: ${reference} (please quote it if you contact us about this request).`,
    requester: (name: string, company: string) => `Requested by: ${quoted(name)}, ${quoted(company)}`,
    requested: "Requested documents:",
    pending: "waiting for review",
    approved: (until: string) => `approved until ${until}`,
    denied: (reason: string) => `declined: ${reason}`,
    reviewNote: "We review requests on working days and will email you our decision.",
    linkIntro:
      "Your personal download page (it works while your access lasts; please do not forward it, every download is watermarked with your email address):",
    replacesLink: "This link replaces the one in our earlier email; the earlier link no longer works.",
    approvedBody: (title: string, until: string) => `your access to "${title}" was approved until ${until}.`,
    deniedBody: (title: string, reason: string) =>
      `we cannot give you access to "${title}". Reason: ${reason}`,
    revokedBody: (title: string) =>
      `your access to "${title}" was revoked; its download no longer works. Contact us if you still need it.`,
    regards: "Kind regards,",
  },
  de: {
    hello: (name: string) => `Guten Tag ${quoted(name, { locale: "de" })},`,
    receivedSubject: "Ihre Anfrage nach Sicherheitsunterlagen ist eingegangen",
    decisionSubject: "Ihre Anfrage nach Sicherheitsunterlagen: Entscheidung",
    revokedSubject: "Ihr Zugriff auf eine Sicherheitsunterlage wurde widerrufen",
    approvedSubject: (title: string) => `Zugriff freigegeben: ${title}`,
    deniedSubject: (title: string) => `Zugriff abgelehnt: ${title}`,
    received: (version: number, at: string) =>
      `vielen Dank für Ihre Anfrage. Sie haben unsere Vertraulichkeitsvereinbarung (Version ${version}) am ${at} angenommen.`,
    reference: (reference: string) =>
      `Ihre Vorgangsnummer: ${reference} (bitte geben Sie sie an, wenn Sie uns zu dieser Anfrage kontaktieren).`,
    requester: (name: string, company: string) =>
      `Angefragt von: ${quoted(name, { locale: "de" })}, ${quoted(company, { locale: "de" })}`,
    requested: "Angefragte Unterlagen:",
    pending: "wird geprüft",
    approved: (until: string) => `freigegeben bis ${until}`,
    denied: (reason: string) => `abgelehnt: ${reason}`,
    reviewNote: "Wir prüfen Anfragen an Werktagen und teilen Ihnen unsere Entscheidung per E-Mail mit.",
    linkIntro:
      "Ihre persönliche Download-Seite (sie gilt, solange Ihr Zugriff besteht; bitte nicht weiterleiten, jeder Download trägt Ihre E-Mail-Adresse als Wasserzeichen):",
    replacesLink:
      "Dieser Link ersetzt den Link aus unserer früheren E-Mail; der frühere Link funktioniert nicht mehr.",
    approvedBody: (title: string, until: string) =>
      `Ihr Zugriff auf „${title}“ wurde freigegeben bis ${until}.`,
    deniedBody: (title: string, reason: string) =>
      `wir können Ihnen keinen Zugriff auf „${title}“ geben. Begründung: ${reason}`,
    revokedBody: (title: string) =>
      `Ihr Zugriff auf „${title}“ wurde widerrufen; der Download funktioniert nicht mehr. Sprechen Sie uns an, falls Sie die Unterlage weiterhin benötigen.`,
    regards: "Mit freundlichen Grüßen",
  },
} satisfies Record<Locale, unknown>;

/** The notice to the provider's security address that a request waits for review (the visitor's words quoted, S25). */
export const REVIEW_NEEDED_EMAIL = {
  subject: (company: string) => `Access request waiting for review: ${quoted(company)}`,
  intro: "A visitor of the trust center requested gated documents and accepted the NDA.",
  reference: (reference: string) => `Reference: ${reference}`,
  name: (name: string) => `Name: ${quoted(name)}`,
  email: (email: string) => `Email: ${email}`,
  company: (company: string) => `Company: ${quoted(company)}`,
  documents: (titles: string[]) => `Documents: ${titles.join(", ")}`,
  reason: "Reason:",
  review: (url: string) => `Review it in the staff console: ${url}`,
};
