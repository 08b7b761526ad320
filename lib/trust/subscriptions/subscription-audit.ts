import "server-only";
// Subscription events in the provider audit chain. The actor is named "subscriber <id>", never by
// email address: the address is personal data of someone who is not a user.
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { auditEvent, recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import type { Tx } from "../../db/client.ts";

type SubscriptionAction = Extract<AuditAction, `trust.subscription.${string}`>;

/** Where and when the anonymous caller acted (from their context). */
export type SubscriptionAuditContext = Pick<Context, "request" | "clock">;

export async function auditSubscription<A extends SubscriptionAction>(
  tx: Tx,
  ctx: SubscriptionAuditContext,
  action: A,
  subscriberId: string,
  metadata: AuditEventMetadata[A],
): Promise<void> {
  await recordAudit(
    {
      ...auditEvent(action, metadata),
      organizationId: null,
      actor: { userId: null, label: `subscriber ${subscriberId}` },
      target: { type: "Subscriber", id: subscriberId },
      request: ctx.request,
    },
    { tx, clock: ctx.clock },
  );
}
