// What became of one outbox email, in the words staff and customers read (ADR 0016). An email is
// "accepted" only once an SMTP server answered 250 for its recipient; before any attempt it is
// "queued" (also while no mail server is configured at all); after failed attempts with another one
// scheduled it is "retrying"; once given up it has "failed". The reason is the server's last answer.
// Pure.
import type { OutboxStatus } from "../generated/prisma/enums.ts";

export type DeliveryState =
  | { kind: "accepted"; at: Date }
  | { kind: "queued" }
  | { kind: "retrying"; attempts: number; reason: string; nextAttemptAt: Date }
  | { kind: "failed"; attempts: number; reason: string };

export type DeliveryKind = DeliveryState["kind"];

/** Problems first: the order lists and summaries use. */
export const DELIVERY_KINDS: readonly DeliveryKind[] = ["failed", "retrying", "queued", "accepted"];

export type OutboxDeliveryRow = {
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

export function deliveryState(row: OutboxDeliveryRow): DeliveryState {
  if (row.status === "SENT" && row.sentAt) return { kind: "accepted", at: row.sentAt };
  const reason = row.lastError ?? "";
  if (row.status === "FAILED") return { kind: "failed", attempts: row.attempts, reason };
  if (row.attempts === 0) return { kind: "queued" };
  return { kind: "retrying", attempts: row.attempts, reason, nextAttemptAt: row.nextAttemptAt };
}
