// The messages of the access-request flow, in the requester's language: request received (with any
// decisions rules made at once), a staff decision, a revocation; and the notice to the provider's
// security address. Only approvals carry the personal link (sent as sensitive mail, sealed at rest).
// What the visitor typed is quoted (S25): their name and company inline, their reason as a "> " block;
// titles and the provider's name are kept to one line. Times are written in the provider's default time
// zone (the requester has no account), the zone named.
import { formatInstant } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import { quotedBlock } from "../../text/quote.ts";
import { toSingleLine } from "../../text/single-line.ts";
import { ACCESS_EMAIL_MESSAGES, REVIEW_NEEDED_EMAIL } from "./messages.ts";

export type Message = { subject: string; text: string };

export type DocumentLine =
  | { title: string; state: "pending" }
  | { title: string; state: "approved"; expiresAt: Date }
  | { title: string; state: "denied"; reason: string };

type Common = { locale: Locale; name: string; providerName: string };

function lineText(locale: Locale, line: DocumentLine, timeZone: string): string {
  const words = ACCESS_EMAIL_MESSAGES[locale];
  const title = toSingleLine(line.title);
  if (line.state === "approved")
    return `- ${title}: ${words.approved(formatInstant(locale, line.expiresAt, timeZone))}`;
  if (line.state === "denied") return `- ${title}: ${words.denied(line.reason)}`;
  return `- ${title}: ${words.pending}`;
}

function linkBlock(locale: Locale, link: string | null, replacesEarlierLink = false): string[] {
  if (!link) return [];
  const words = ACCESS_EMAIL_MESSAGES[locale];
  return [words.linkIntro, link, ...(replacesEarlierLink ? [words.replacesLink] : []), ""];
}

const closing = (c: Common) => [ACCESS_EMAIL_MESSAGES[c.locale].regards, toSingleLine(c.providerName)];

/** The first answer to a request: what was asked for and how far each document got. */
export function requestReceivedEmail(
  c: Common & {
    reference: string;
    company: string;
    ndaVersion: number;
    acceptedAt: Date;
    lines: DocumentLine[];
    link: string | null;
    timeZone: string;
  },
): Message {
  const words = ACCESS_EMAIL_MESSAGES[c.locale];
  const anyPending = c.lines.some((l) => l.state === "pending");
  const text = [
    words.hello(c.name),
    "",
    words.received(c.ndaVersion, formatInstant(c.locale, c.acceptedAt, c.timeZone)),
    words.reference(c.reference),
    "",
    words.requester(c.name, c.company),
    words.requested,
    ...c.lines.map((line) => lineText(c.locale, line, c.timeZone)),
    "",
    ...linkBlock(c.locale, c.link),
    ...(anyPending ? [words.reviewNote, ""] : []),
    ...closing(c),
  ].join("\n");
  const subject = anyPending ? words.receivedSubject : words.decisionSubject;
  return { subject: `${subject} (${c.reference})`, text };
}

export function approvedEmail(
  c: Common & {
    documentTitle: string;
    expiresAt: Date;
    link: string;
    replacesEarlierLink: boolean;
    timeZone: string;
  },
): Message {
  const words = ACCESS_EMAIL_MESSAGES[c.locale];
  const title = toSingleLine(c.documentTitle);
  const text = [
    words.hello(c.name),
    "",
    words.approvedBody(title, formatInstant(c.locale, c.expiresAt, c.timeZone)),
    "",
    ...linkBlock(c.locale, c.link, c.replacesEarlierLink),
    ...closing(c),
  ].join("\n");
  return { subject: words.approvedSubject(title), text };
}

export function deniedEmail(c: Common & { documentTitle: string; reason: string }): Message {
  const words = ACCESS_EMAIL_MESSAGES[c.locale];
  const title = toSingleLine(c.documentTitle);
  return {
    subject: words.deniedSubject(title),
    text: [words.hello(c.name), "", words.deniedBody(title, c.reason), "", ...closing(c)].join("\n"),
  };
}

export function revokedEmail(c: Common & { documentTitle: string }): Message {
  const words = ACCESS_EMAIL_MESSAGES[c.locale];
  return {
    subject: words.revokedSubject,
    text: [words.hello(c.name), "", words.revokedBody(toSingleLine(c.documentTitle)), "", ...closing(c)].join(
      "\n",
    ),
  };
}

/** To the provider's security address: a request waits for review (no link to the requester's page). */
export function reviewNeededEmail(r: {
  reference: string;
  name: string;
  email: string;
  company: string;
  reason: string;
  documents: string[];
  reviewUrl: string;
}): Message {
  const words = REVIEW_NEEDED_EMAIL;
  return {
    subject: words.subject(r.company),
    text: [
      words.intro,
      "",
      words.reference(r.reference),
      words.name(r.name),
      words.email(toSingleLine(r.email, 320)),
      words.company(r.company),
      words.documents(r.documents.map((title) => toSingleLine(title))),
      "",
      words.reason,
      quotedBlock(r.reason),
      "",
      words.review(r.reviewUrl),
    ].join("\n"),
  };
}
