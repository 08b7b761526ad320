import "server-only";
// Subscription events in the provider audit chain. The actor is named "subscriber <id>", never by
// email address: the address is personal data of someone who is not a user.
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { recordAudit, type AuditInput, type RequestMeta } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

type SubscriptionAction = Extract<AuditAction, `trust.subscription.${string}`>;

export async function auditSubscription<A extends SubscriptionAction>(
  tx: Tx,
  action: A,
  subscriberId: string,
  request: RequestMeta | undefined,
  clock: Clock,
  metadata: AuditEventMetadata[A],
): Promise<void> {
  const event = {
    organizationId: null,
    actor: { userId: null, label: `subscriber ${subscriberId}` },
    action,
    target: { type: "Subscriber", id: subscriberId },
    request,
    metadata,
  } as AuditInput;
  await recordAudit(event, { tx, clock });
}
