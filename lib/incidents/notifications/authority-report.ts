import "server-only";
// B4: what the customer records about its own notification to its supervisory authority — when it
// notified, the authority's reference, and the reasons for any delay beyond the 72 hours (required
// then). Audited in the organisation's chain.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { dateTimeInput } from "../../time/date-input.ts";
import { authorityClock, delayReasonRequired } from "./authority-clock.ts";
import { NOTIFICATION_MESSAGES } from "./messages.ts";
import { authorizeNotification } from "./notification-access.ts";

/** `authorityNotifiedAt` comes from a datetime-local field and is read as UTC (the form says so). */
export const authorityReportInput = z.strictObject({
  slug: z.string().trim().min(1).max(80),
  notificationId: z.string().trim().min(1).max(64),
  authorityNotifiedAt: dateTimeInput({
    optional: true,
    message: "Enter a date and time, or leave it empty.",
  }),
  authorityReference: z.string().trim().max(200, "Keep the reference under 200 characters."),
  authorityDelayReason: z.string().trim().max(4000, "Keep the reasons under 4,000 characters."),
});

export async function recordAuthorityReport(
  ctx: Context,
  input: z.infer<typeof authorityReportInput>,
): Promise<void> {
  const {
    ctx: org,
    notificationId,
    incidentId,
  } = await authorizeNotification(ctx, input.slug, input.notificationId, "org.breaches.respond");
  const { request, clock } = org;
  const now = clock.now();
  const notifiedAt = input.authorityNotifiedAt === "" ? null : new Date(`${input.authorityNotifiedAt}Z`);
  if (notifiedAt && Number.isNaN(notifiedAt.getTime()))
    throw new AppError("invalid", NOTIFICATION_MESSAGES.invalidAuthorityTime);
  if (notifiedAt && notifiedAt.getTime() > now.getTime())
    throw new AppError("invalid", NOTIFICATION_MESSAGES.authorityTimeInFuture);
  if (!notifiedAt && input.authorityReference !== "")
    throw new AppError("invalid", NOTIFICATION_MESSAGES.authorityReferenceWithoutTime);
  const current = await db.incidentNotification.findFirstOrThrow({
    where: { id: notificationId, organizationId: org.organizationId },
    select: { firstDeliveredAt: true },
  });
  const { deadlineAt } = authorityClock(current.firstDeliveredAt!, now);
  if (input.authorityDelayReason === "" && delayReasonRequired(deadlineAt, notifiedAt, now))
    throw new AppError("invalid", NOTIFICATION_MESSAGES.delayReasonRequired);
  await db.$transaction(async (tx) => {
    await tx.incidentNotification.updateMany({
      where: { id: notificationId, organizationId: org.organizationId },
      data: {
        authorityNotifiedAt: notifiedAt,
        authorityReference: input.authorityReference,
        authorityDelayReason: input.authorityDelayReason,
      },
    });
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
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
