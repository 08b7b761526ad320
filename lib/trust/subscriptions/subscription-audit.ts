import "server-only";
// Subscription events in the provider audit chain. The actor is named "subscriber <id>", never by
// email address: the address is personal data of someone who is not a user.
import { recordAudit, type RequestMeta } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

export type SubscriptionEvent = "requested" | "confirmed" | "unsubscribed";

export async function auditSubscription(
  tx: Tx,
  event: SubscriptionEvent,
  subscriberId: string,
  request: RequestMeta | undefined,
  clock: Clock,
  metadata: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(
    {
      organizationId: null,
      actor: { userId: null, label: `subscriber ${subscriberId}` },
      action: `trust.subscription.${event}`,
      target: { type: "Subscriber", id: subscriberId },
      request,
      metadata,
    },
    { tx, clock },
  );
}
