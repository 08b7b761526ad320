import type { BadgeTone } from "@/app/_ui";
import type { DeliveryKind, DeliveryState } from "@/lib/mail/delivery-state";

/** An outbox email's delivery state as the mail viewer shows it (ADR 0016): only "Sent" went out. */
export const DELIVERY_STATE: Record<DeliveryKind, { label: string; tone: BadgeTone }> = {
  queued: { label: "Waiting", tone: "warning" },
  retrying: { label: "Retrying", tone: "warning" },
  accepted: { label: "Sent", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
};

/** Why a message has not gone out yet, in one line (empty when there is nothing to explain). */
export function deliveryNote(state: DeliveryState): string {
  if (state.kind === "retrying")
    return `Attempt ${state.attempts} refused${state.reason ? `: ${state.reason}` : ""}. Next attempt at`;
  if (state.kind === "failed")
    return `Given up after ${state.attempts} attempt(s)${state.reason ? `: ${state.reason}` : ""}.`;
  return "";
}
