// The public "updates" entry written when a standard joins the roadmap or its status changes, in both
// languages (the feed and the updates page show it; the path leads to the roadmap).
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import { formatCalendarDate } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { NewTrustUpdate } from "../updates.ts";
import { COMPLIANCE_ANNOUNCEMENT_MESSAGES, complianceStatusLabel } from "./messages.ts";

/** `standardDe`: the name German readers see ("" or omitted: the same as `standard`). */
export type ComplianceChange =
  | {
      kind: "added";
      standard: string;
      standardDe?: string;
      status: ComplianceStatus;
      targetDate: Date | null;
    }
  | {
      kind: "status";
      standard: string;
      standardDe?: string;
      from: ComplianceStatus;
      to: ComplianceStatus;
      targetDate: Date | null;
    };

export const COMPLIANCE_PATH = "/compliance";

function targetSentence(locale: Locale, targetDate: Date | null): string {
  if (!targetDate) return "";
  return COMPLIANCE_ANNOUNCEMENT_MESSAGES[locale].targetDate(formatCalendarDate(locale, targetDate));
}

function wording(change: ComplianceChange, locale: Locale): { title: string; summary: string } {
  const words = COMPLIANCE_ANNOUNCEMENT_MESSAGES[locale];
  const label = (status: ComplianceStatus) => complianceStatusLabel(locale, status);
  const target = targetSentence(locale, change.targetDate);
  const standard = (locale === "de" && change.standardDe) || change.standard;
  if (change.kind === "added") {
    return {
      title: words.addedTitle(standard),
      summary: `${words.addedSummary(standard, label(change.status))}${target}`,
    };
  }
  return {
    title: words.statusTitle(standard, label(change.to)),
    summary: `${words.statusSummary(standard, label(change.from), label(change.to))}${target}`,
  };
}

export function complianceAnnouncement(change: ComplianceChange): NewTrustUpdate {
  const en = wording(change, "en");
  const de = wording(change, "de");
  return {
    topic: "COMPLIANCE",
    path: COMPLIANCE_PATH,
    title: en.title,
    titleDe: de.title,
    summary: en.summary,
    summaryDe: de.summary,
  };
}
