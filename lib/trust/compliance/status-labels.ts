// The four roadmap states and their words in each language (public table, staff console, update feed).
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import type { Locale } from "../../i18n/locale.ts";

export const COMPLIANCE_STATUSES = [
  "COMPLIANT",
  "IN_PROGRESS",
  "PLANNED",
  "EVALUATION",
] as const satisfies readonly ComplianceStatus[];

export const COMPLIANCE_STATUS_LABELS: Record<Locale, Record<ComplianceStatus, string>> = {
  en: {
    COMPLIANT: "Compliant",
    IN_PROGRESS: "In progress",
    PLANNED: "Planned",
    EVALUATION: "Under evaluation",
  },
  de: { COMPLIANT: "Konform", IN_PROGRESS: "In Umsetzung", PLANNED: "Geplant", EVALUATION: "In Prüfung" },
};

export function complianceStatusLabel(locale: Locale, status: ComplianceStatus): string {
  return COMPLIANCE_STATUS_LABELS[locale][status];
}
