// When a breach notification reached its organisation (ADR 0016): the first of an SMTP server accepting
// the notice for one of its recipients (firstDeliveredAt) and a member acknowledging it in the portal
// (which proves receipt even while no email has gone out). Null while neither has happened: the notice
// may be sent and shown in the portal, its emails queued, but nothing proves it reached anyone. The
// contractual deadline (B1) is met at this moment, and the controller's own 72-hour clock (B4) starts
// here. Pure.

export type ReachFacts = { firstDeliveredAt: Date | null; acknowledgedAt: Date | null };

export function reachedAt(n: ReachFacts): Date | null {
  const { firstDeliveredAt: delivered, acknowledgedAt: acknowledged } = n;
  if (delivered && acknowledged) return delivered <= acknowledged ? delivered : acknowledged;
  return delivered ?? acknowledged;
}

/** How it reached the organisation first: an accepted email, or an acknowledgement in the portal. */
export function reachedBy(n: ReachFacts): "email" | "acknowledgement" | null {
  const at = reachedAt(n);
  if (!at) return null;
  return n.firstDeliveredAt && n.firstDeliveredAt.getTime() === at.getTime() ? "email" : "acknowledgement";
}
