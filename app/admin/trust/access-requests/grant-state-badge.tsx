import { Badge, DateTime, type BadgeTone } from "@/app/_ui";
import type { GrantState } from "@/lib/trust/access-requests/grant-state";

const LOOK: Record<GrantState, { tone: BadgeTone; label: string }> = {
  pending: { tone: "info", label: "Pending" },
  approved: { tone: "success", label: "Approved" },
  denied: { tone: "danger", label: "Denied" },
  expired: { tone: "neutral", label: "Expired" },
  revoked: { tone: "warning", label: "Revoked" },
  withdrawn: { tone: "neutral", label: "Document archived" },
};

export function GrantStateBadge({ state, expiresAt }: { state: GrantState; expiresAt: Date | null }) {
  const look = LOOK[state];
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={look.tone}>{look.label}</Badge>
      {(state === "approved" || state === "expired") && expiresAt && (
        <span className="text-xs text-gray-600">
          {state === "approved" ? "until" : "on"} <DateTime value={expiresAt} />
        </span>
      )}
    </span>
  );
}
