import type { BadgeTone } from "@/app/_ui";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export const OUTBOX_STATUS: Record<OutboxStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Waiting", tone: "warning" },
  SENT: { label: "Sent", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
};
