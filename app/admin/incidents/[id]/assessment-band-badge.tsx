import { Badge, type BadgeTone } from "@/app/_ui";
import type { SeverityBand } from "@/lib/incidents/severity";
import { BAND_LABELS } from "../messages";

const TONES: Record<SeverityBand, BadgeTone> = {
  LOW: "success",
  MEDIUM: "info",
  HIGH: "warning",
  VERY_HIGH: "danger",
};

export function AssessmentBandBadge({ band }: { band: SeverityBand }) {
  return <Badge tone={TONES[band]}>{BAND_LABELS[band]}</Badge>;
}
