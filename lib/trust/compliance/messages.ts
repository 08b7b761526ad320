// The words of the compliance roadmap that lib/ writes: the states in each language (public table,
// staff console, update feed), the public updates that announce a change, and why a change is refused.
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { Text } from "../../i18n/text.ts";

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

/** The public update entries (title and summary in each language); `date` is already formatted. */
export const COMPLIANCE_ANNOUNCEMENT_MESSAGES = {
  en: {
    targetDate: (date: string) => ` Target date: ${date}.`,
    addedTitle: (standard: string) => `Compliance: ${standard} added to the roadmap`,
    addedSummary: (standard: string, status: string) =>
      `${standard} is now on our compliance roadmap with the status “${status}”.`,
    statusTitle: (standard: string, to: string) => `Compliance: ${standard} is now “${to}”`,
    statusSummary: (standard: string, from: string, to: string) =>
      `The status of ${standard} on our compliance roadmap changed from “${from}” to “${to}”.`,
  },
  de: {
    targetDate: (date: string) => ` Zieldatum: ${date}.`,
    addedTitle: (standard: string) => `Compliance: ${standard} in die Roadmap aufgenommen`,
    addedSummary: (standard: string, status: string) =>
      `${standard} steht jetzt mit dem Status „${status}“ in unserer Compliance-Roadmap.`,
    statusTitle: (standard: string, to: string) => `Compliance: ${standard} jetzt „${to}“`,
    statusSummary: (standard: string, from: string, to: string) =>
      `Der Status von ${standard} in unserer Compliance-Roadmap wurde von „${from}“ auf „${to}“ geändert.`,
  },
} satisfies Record<Locale, unknown>;

/** Why a roadmap change is refused (staff console). */
export const COMPLIANCE_ERRORS = {
  certificateNotInLibrary: {
    en: "The chosen certificate is no longer in the document library. Choose another document or none.",
  } satisfies Text,
};
