// The public "updates" entry written when a standard joins the roadmap or its status changes, in both
// languages (the feed and the updates page show it; the path leads to the roadmap).
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import { formatCalendarDate } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { NewTrustUpdate } from "../updates.ts";
import { complianceStatusLabel } from "./status-labels.ts";

export type ComplianceChange =
  | { kind: "added"; standard: string; status: ComplianceStatus; targetDate: Date | null }
  | {
      kind: "status";
      standard: string;
      from: ComplianceStatus;
      to: ComplianceStatus;
      targetDate: Date | null;
    };

export const COMPLIANCE_PATH = "/compliance";

function targetSentence(locale: Locale, targetDate: Date | null): string {
  if (!targetDate) return "";
  return locale === "de"
    ? ` Zieldatum: ${formatCalendarDate("de", targetDate)}.`
    : ` Target date: ${formatCalendarDate("en", targetDate)}.`;
}

export function complianceAnnouncement(change: ComplianceChange): NewTrustUpdate {
  const en = (status: ComplianceStatus) => complianceStatusLabel("en", status);
  const de = (status: ComplianceStatus) => complianceStatusLabel("de", status);
  const { standard } = change;
  if (change.kind === "added") {
    return {
      topic: "COMPLIANCE",
      path: COMPLIANCE_PATH,
      title: `Compliance: ${standard} added to the roadmap`,
      titleDe: `Compliance: ${standard} in die Roadmap aufgenommen`,
      summary: `${standard} is now on our compliance roadmap with the status “${en(change.status)}”.${targetSentence("en", change.targetDate)}`,
      summaryDe: `${standard} steht jetzt mit dem Status „${de(change.status)}“ in unserer Compliance-Roadmap.${targetSentence("de", change.targetDate)}`,
    };
  }
  return {
    topic: "COMPLIANCE",
    path: COMPLIANCE_PATH,
    title: `Compliance: ${standard} is now “${en(change.to)}”`,
    titleDe: `Compliance: ${standard} jetzt „${de(change.to)}“`,
    summary: `The status of ${standard} on our compliance roadmap changed from “${en(change.from)}” to “${en(change.to)}”.${targetSentence("en", change.targetDate)}`,
    summaryDe: `Der Status von ${standard} in unserer Compliance-Roadmap wurde von „${de(change.from)}“ auf „${de(change.to)}“ geändert.${targetSentence("de", change.targetDate)}`,
  };
}
