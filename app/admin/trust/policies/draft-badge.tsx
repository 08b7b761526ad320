import { Badge } from "@/app/_ui";
import type { DraftState } from "@/lib/trust/policies/staff-views";

const BADGES: Record<DraftState, { tone: "neutral" | "info" | "success" | "warning"; label: string }> = {
  "not-started": { tone: "neutral", label: "Not written yet" },
  unpublished: { tone: "info", label: "Draft, never published" },
  changed: { tone: "warning", label: "Draft differs from published" },
  published: { tone: "success", label: "Published, no draft changes" },
};

/** Whether the working copy of a language has changes that are not public yet. */
export function DraftBadge({ state }: { state: DraftState }) {
  const badge = BADGES[state];
  return <Badge tone={badge.tone}>{badge.label}</Badge>;
}
