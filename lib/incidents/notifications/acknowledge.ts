import "server-only";
// Acknowledging a breach notification: recorded once (a conditional update, so two members clicking
// at the same moment give one acknowledgement), audited in the organisation's chain and the provider's.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { NOTIFICATION_MESSAGES } from "./messages.ts";
import { authorizeNotification } from "./notification-access.ts";

export const acknowledgeInput = z.strictObject({
  slug: z.string().trim().min(1).max(80),
  notificationId: z.string().trim().min(1).max(64),
});

/** A second acknowledgement (also a concurrent one) is a conflict that names the first. */
export async function acknowledgeNotification(
  ctx: Context,
  input: z.infer<typeof acknowledgeInput>,
): Promise<{ acknowledgedAt: Date }> {
  const {
    ctx: org,
    notificationId,
    incidentId,
  } = await authorizeNotification(ctx, input.slug, input.notificationId, "org.breaches.respond");
  const { request, clock } = org;
  const at = clock.now();
  const recorded = await db.$transaction(async (tx) => {
    const { count } = await tx.incidentNotification.updateMany({
      where: { id: notificationId, organizationId: org.organizationId, acknowledgedAt: null },
      data: {
        acknowledgedAt: at,
        acknowledgedById: org.actor.userId,
        acknowledgedByName: org.actor.name || org.actor.email,
      },
    });
    if (count === 0) return false;
    const event = {
      actor: userActor(org.actor),
      action: "breach.notification.acknowledged" as const,
      target: { type: "IncidentNotification", id: notificationId },
      request,
    };
    await recordAudit(
      { ...event, organizationId: org.organizationId, metadata: { incidentId } },
      { tx, clock },
    );
    await recordAudit(
      { ...event, organizationId: null, metadata: { incidentId, organizationId: org.organizationId } },
      { tx, clock },
    );
    return true;
  });
  if (!recorded) {
    const existing = await db.incidentNotification.findFirstOrThrow({
      where: { id: notificationId, organizationId: org.organizationId },
      select: { acknowledgedAt: true, acknowledgedByName: true },
    });
    throw new AppError(
      "conflict",
      NOTIFICATION_MESSAGES.alreadyAcknowledged(
        existing.acknowledgedByName,
        existing.acknowledgedAt!,
        org.timeZone,
      ),
    );
  }
  return { acknowledgedAt: at };
}
