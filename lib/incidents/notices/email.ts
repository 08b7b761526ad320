// The email of one notice phase to one organisation (GDPR.md B2, B3): every Art. 33(3) item, the
// deadline context and the link to the organisation's portal page. Pure, so the preview shows exactly
// the text that is sent.
import { formatInstant } from "../../i18n/format.ts";
import { NOT_YET_KNOWN, NOTICE_ITEMS, type NoticeItemValues } from "./items.ts";

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
};

export function noticeSubject(providerName: string, reference: string, phaseNumber: number): string {
  const base = `[${providerName}] Personal data breach notification ${reference}`;
  return phaseNumber === 1 ? base : `${base} — update ${phaseNumber}`;
}

export function noticePortalUrl(appUrl: string, slug: string, notificationId: string): string {
  return `${appUrl.replace(/\/$/, "")}/portal/${slug}/breach-notifications/${notificationId}`;
}

const when = (date: Date) => formatInstant("en", date);

export function noticeEmail(facts: NoticeEmailFacts): { subject: string; text: string } {
  const items = NOTICE_ITEMS.map(({ key, label, article }) => {
    const value = facts.items[key];
    return `${label} (${article}):\n${value === null ? `${NOT_YET_KNOWN}. We will send it in a later update.` : value}`;
  });
  const heading =
    facts.phaseNumber === 1
      ? "Personal data breach notification"
      : `Personal data breach notification — update ${facts.phaseNumber}`;
  const lines = [
    `${heading}: ${facts.reference} ${facts.incidentTitle}`,
    `To: ${facts.organizationName}`,
    `Sent: ${when(facts.sentAt)}`,
    "",
    ...(facts.summary.trim() ? [facts.summary.trim(), ""] : []),
    "What we can tell you (Art. 33(3) GDPR):",
    "",
    items.join("\n\n"),
    "",
    "Deadlines:",
    `We became aware of this breach on ${when(facts.awareAt)}. Our agreement with you commits us to notify you within ${facts.windowHours} hours, by ${when(facts.deadlineAt)}.`,
    "As controller, you must notify your supervisory authority within 72 hours of becoming aware (Art. 33(1) GDPR) unless the breach is unlikely to result in a risk to individuals. Your portal shows that clock from the moment our first notice reached you, with fields for the authority's reference and any reasons for delay.",
    "",
    `Read every update and acknowledge receipt: ${facts.portalUrl}`,
    "",
    `— ${facts.providerName}`,
  ];
  return {
    subject: noticeSubject(facts.providerName, facts.reference, facts.phaseNumber),
    text: lines.join("\n"),
  };
}
