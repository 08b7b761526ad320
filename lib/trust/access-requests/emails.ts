// The messages of the access-request flow, in the requester's language: request received (with any
// decisions rules made at once), a staff decision, a revocation; and the notice to the provider's
// security address. Only approvals carry the personal link (sent as sensitive mail, sealed at rest).
import { formatInstant } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";

export type Message = { subject: string; text: string };

export type DocumentLine =
  | { title: string; state: "pending" }
  | { title: string; state: "approved"; expiresAt: Date }
  | { title: string; state: "denied"; reason: string };

type Common = { locale: Locale; name: string; providerName: string };

const WORDS = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    receivedSubject: "Your request for security documents was received",
    decisionSubject: "Your request for security documents: decision",
    revokedSubject: "Your access to a security document was revoked",
    approvedSubject: (title: string) => `Access approved: ${title}`,
    deniedSubject: (title: string) => `Access declined: ${title}`,
    received: (version: number, at: string) =>
      `thank you for your request. You accepted our non-disclosure agreement (version ${version}) on ${at}.`,
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
    hello: (name: string) => `Guten Tag ${name},`,
    receivedSubject: "Ihre Anfrage nach Sicherheitsunterlagen ist eingegangen",
    decisionSubject: "Ihre Anfrage nach Sicherheitsunterlagen: Entscheidung",
    revokedSubject: "Ihr Zugriff auf eine Sicherheitsunterlage wurde widerrufen",
    approvedSubject: (title: string) => `Zugriff freigegeben: ${title}`,
    deniedSubject: (title: string) => `Zugriff abgelehnt: ${title}`,
    received: (version: number, at: string) =>
      `vielen Dank für Ihre Anfrage. Sie haben unsere Vertraulichkeitsvereinbarung (Version ${version}) am ${at} angenommen.`,
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

function lineText(locale: Locale, line: DocumentLine): string {
  const words = WORDS[locale];
  if (line.state === "approved")
    return `- ${line.title}: ${words.approved(formatInstant(locale, line.expiresAt))}`;
  if (line.state === "denied") return `- ${line.title}: ${words.denied(line.reason)}`;
  return `- ${line.title}: ${words.pending}`;
}

function linkBlock(locale: Locale, link: string | null, replacesEarlierLink = false): string[] {
  if (!link) return [];
  return [WORDS[locale].linkIntro, link, ...(replacesEarlierLink ? [WORDS[locale].replacesLink] : []), ""];
}

const closing = (c: Common) => [WORDS[c.locale].regards, c.providerName];

/** The first answer to a request: what was asked for and how far each document got. */
export function requestReceivedEmail(
  c: Common & { ndaVersion: number; acceptedAt: Date; lines: DocumentLine[]; link: string | null },
): Message {
  const words = WORDS[c.locale];
  const anyPending = c.lines.some((l) => l.state === "pending");
  const text = [
    words.hello(c.name),
    "",
    words.received(c.ndaVersion, formatInstant(c.locale, c.acceptedAt)),
    "",
    words.requested,
    ...c.lines.map((line) => lineText(c.locale, line)),
    "",
    ...linkBlock(c.locale, c.link),
    ...(anyPending ? [words.reviewNote, ""] : []),
    ...closing(c),
  ].join("\n");
  return { subject: anyPending ? words.receivedSubject : words.decisionSubject, text };
}

export function approvedEmail(
  c: Common & { documentTitle: string; expiresAt: Date; link: string; replacesEarlierLink: boolean },
): Message {
  const words = WORDS[c.locale];
  const text = [
    words.hello(c.name),
    "",
    words.approvedBody(c.documentTitle, formatInstant(c.locale, c.expiresAt)),
    "",
    ...linkBlock(c.locale, c.link, c.replacesEarlierLink),
    ...closing(c),
  ].join("\n");
  return { subject: words.approvedSubject(c.documentTitle), text };
}

export function deniedEmail(c: Common & { documentTitle: string; reason: string }): Message {
  const words = WORDS[c.locale];
  return {
    subject: words.deniedSubject(c.documentTitle),
    text: [words.hello(c.name), "", words.deniedBody(c.documentTitle, c.reason), "", ...closing(c)].join(
      "\n",
    ),
  };
}

export function revokedEmail(c: Common & { documentTitle: string }): Message {
  const words = WORDS[c.locale];
  return {
    subject: words.revokedSubject,
    text: [words.hello(c.name), "", words.revokedBody(c.documentTitle), "", ...closing(c)].join("\n"),
  };
}

/** To the provider's security address: a request waits for review (no link to the requester's page). */
export function reviewNeededEmail(r: {
  name: string;
  email: string;
  company: string;
  reason: string;
  documents: string[];
  reviewUrl: string;
}): Message {
  return {
    subject: `Access request waiting for review: ${r.company}`,
    text: [
      "A visitor of the trust center requested gated documents and accepted the NDA.",
      "",
      `Name: ${r.name}`,
      `Email: ${r.email}`,
      `Company: ${r.company}`,
      `Documents: ${r.documents.join(", ")}`,
      "",
      "Reason:",
      r.reason,
      "",
      `Review it in the staff console: ${r.reviewUrl}`,
    ].join("\n"),
  };
}
