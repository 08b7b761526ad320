import { Badge, type BadgeTone } from "@/app/_ui";
import type { ComplianceStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { complianceStatusLabel } from "@/lib/trust/compliance/messages";

const TONES: Record<ComplianceStatus, BadgeTone> = {
  COMPLIANT: "success",
  IN_PROGRESS: "info",
  PLANNED: "warning",
  EVALUATION: "neutral",
};

/** The status in words and colour (the colour never carries the meaning alone). */
export function ComplianceStatusBadge({ status, locale }: { status: ComplianceStatus; locale: Locale }) {
  return <Badge tone={TONES[status]}>{complianceStatusLabel(locale, status)}</Badge>;
}
