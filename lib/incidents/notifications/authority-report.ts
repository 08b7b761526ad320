import "server-only";
// B4: what the customer records about its own notification to its supervisory authority — when it
// notified, the authority's reference, and the reasons for any delay beyond the 72 hours (required
// then). Audited in the organisation's chain.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { authorityClock, delayReasonRequired } from "./authority-clock.ts";
import { requireNotificationAccess } from "./notification-access.ts";

/** `authorityNotifiedAt` comes from a datetime-local field and is read as UTC (the form says so). */
export const authorityReportInput = z.strictObject({
  slug: z.string().trim().min(1).max(80),
  notificationId: z.string().trim().min(1).max(64),
  authorityNotifiedAt: z
    .string()
    .trim()
    .max(40)
    .refine(
      (value) => value === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value),
      "Enter a date and time, or leave it empty.",
    ),
  authorityReference: z.string().trim().max(200, "Keep the reference under 200 characters."),
  authorityDelayReason: z.string().trim().max(4000, "Keep the reasons under 4,000 characters."),
});

export const DELAY_REASON_REQUIRED =
  "Give the reasons for the delay: the authority is notified more than 72 hours after our notification reached you (Art. 33(1)).";

export async function recordAuthorityReport(
  input: z.infer<typeof authorityReportInput>,
  clock: Clock = systemClock,
): Promise<void> {
  const { ctx, notificationId, incidentId } = await requireNotificationAccess(
    input.slug,
    input.notificationId,
    "org.breaches.respond",
  );
  const now = clock.now();
  const notifiedAt = input.authorityNotifiedAt === "" ? null : new Date(`${input.authorityNotifiedAt}Z`);
  if (notifiedAt && Number.isNaN(notifiedAt.getTime()))
    throw new UserFacingError("Enter a valid date and time for the authority notification.");
  if (notifiedAt && notifiedAt.getTime() > now.getTime())
    throw new UserFacingError("The authority notification time cannot be in the future.");
  if (!notifiedAt && input.authorityReference !== "")
    throw new UserFacingError("Enter when you notified the authority together with its reference.");
  const current = await db.incidentNotification.findFirstOrThrow({
    where: { id: notificationId, organizationId: ctx.organizationId },
    select: { firstDeliveredAt: true },
  });
  const { deadlineAt } = authorityClock(current.firstDeliveredAt!, now);
  if (input.authorityDelayReason === "" && delayReasonRequired(deadlineAt, notifiedAt, now))
    throw new UserFacingError(DELAY_REASON_REQUIRED);
  const request = await currentRequest();
  await db.$transaction(async (tx) => {
    await tx.incidentNotification.updateMany({
      where: { id: notificationId, organizationId: ctx.organizationId },
      data: {
        authorityNotifiedAt: notifiedAt,
        authorityReference: input.authorityReference,
        authorityDelayReason: input.authorityDelayReason,
      },
    });
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "breach.authority_report.recorded",
        target: { type: "IncidentNotification", id: notificationId },
        request,
        metadata: {
          incidentId,
          authorityNotifiedAt: notifiedAt?.toISOString() ?? null,
          authorityReference: input.authorityReference,
          delayReasonGiven: input.authorityDelayReason !== "",
        },
      },
      { tx, clock },
    );
  });
}
