// The email of one notice phase to one organisation (GDPR.md B2, B3): every Art. 33(3) item, the
// deadline context and the link to the organisation's portal page. Pure, so the preview shows exactly
// the text that is sent. Names and the title are kept to one line each (S25).
import { formatInstant } from "../../i18n/format.ts";
import { toSingleLine } from "../../text/single-line.ts";
import { NOTICE_ITEMS, type NoticeItemValues } from "./items.ts";
import { NOTICE_MESSAGES } from "./messages.ts";

const EMAIL = NOTICE_MESSAGES.email;

export type NoticeEmailFacts = {
  providerName: string;
  reference: string;
  incidentTitle: string;
  phaseNumber: number;
  summary: string;
  items: NoticeItemValues;
  awareAt: Date;
  sentAt: Date;
  organizationName: string;
  windowHours: number;
  deadlineAt: Date;
  portalUrl: string;
  /** The recipient's zone (lib/time/reader-time-zone.ts); every time is written in it, the zone named. */
  timeZone: string;
};

export function noticeSubject(providerName: string, reference: string, phaseNumber: number): string {
  return EMAIL.subject(toSingleLine(providerName), reference, phaseNumber);
}

export function noticePortalUrl(appUrl: string, slug: string, notificationId: string): string {
  return `${appUrl.replace(/\/$/, "")}/portal/${slug}/breach-notifications/${notificationId}`;
}

export function noticeEmail(facts: NoticeEmailFacts): { subject: string; text: string } {
  const when = (date: Date) => formatInstant("en", date, facts.timeZone);
  const items = NOTICE_ITEMS.map(({ key, label, article }) => {
    const value = facts.items[key];
    return `${label} (${article}):\n${value === null ? EMAIL.notYetKnown : value}`;
  });
  const lines = [
    `${EMAIL.heading(facts.phaseNumber)}: ${facts.reference} ${toSingleLine(facts.incidentTitle)}`,
    EMAIL.to(toSingleLine(facts.organizationName)),
    EMAIL.sent(when(facts.sentAt)),
    "",
    ...(facts.summary.trim() ? [facts.summary.trim(), ""] : []),
    EMAIL.itemsHeading,
    "",
    items.join("\n\n"),
    "",
    EMAIL.deadlinesHeading,
    EMAIL.deadline(when(facts.awareAt), facts.windowHours, when(facts.deadlineAt)),
    EMAIL.controllerClock,
    "",
    EMAIL.portalLink(facts.portalUrl),
    "",
    EMAIL.signature(toSingleLine(facts.providerName)),
  ];
  return {
    subject: noticeSubject(facts.providerName, facts.reference, facts.phaseNumber),
    text: lines.join("\n"),
  };
}
