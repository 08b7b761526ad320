import "server-only";
// Acknowledging a breach notification: recorded once (a conditional update, so two members clicking
// at the same moment give one acknowledgement), audited in the organisation's chain and the provider's.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { requireNotificationAccess } from "./notification-access.ts";

export const acknowledgeInput = z.strictObject({
  slug: z.string().trim().min(1).max(80),
  notificationId: z.string().trim().min(1).max(64),
});

const instant = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export async function acknowledgeNotification(
  input: z.infer<typeof acknowledgeInput>,
  clock: Clock = systemClock,
): Promise<{ acknowledgedAt: Date }> {
  const { ctx, notificationId, incidentId } = await requireNotificationAccess(
    input.slug,
    input.notificationId,
    "org.breaches.respond",
  );
  const request = await currentRequest();
  const at = clock.now();
  const recorded = await db.$transaction(async (tx) => {
    const { count } = await tx.incidentNotification.updateMany({
      where: { id: notificationId, organizationId: ctx.organizationId, acknowledgedAt: null },
      data: {
        acknowledgedAt: at,
        acknowledgedById: ctx.actor.userId,
        acknowledgedByName: ctx.actor.name || ctx.actor.email,
      },
    });
    if (count === 0) return false;
    const event = {
      actor: userActor(ctx.actor),
      action: "breach.notification.acknowledged" as const,
      target: { type: "IncidentNotification", id: notificationId },
      request,
    };
    await recordAudit(
      { ...event, organizationId: ctx.organizationId, metadata: { incidentId } },
      { tx, clock },
    );
    await recordAudit(
      { ...event, organizationId: null, metadata: { incidentId, organizationId: ctx.organizationId } },
      { tx, clock },
    );
    return true;
  });
  if (!recorded) {
    const existing = await db.incidentNotification.findFirstOrThrow({
      where: { id: notificationId, organizationId: ctx.organizationId },
      select: { acknowledgedAt: true, acknowledgedByName: true },
    });
    throw new UserFacingError(
      `This notification was already acknowledged by ${existing.acknowledgedByName ?? "a member"} at ${instant.format(existing.acknowledgedAt!)} UTC.`,
    );
  }
  return { acknowledgedAt: at };
}
