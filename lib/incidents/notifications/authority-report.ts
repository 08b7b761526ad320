import "server-only";
// B4: what the customer records about its own notification to its supervisory authority — when it
// notified (entered in the person's time zone, stored as UTC with that zone, never before this
// notification reached the organisation: ./authority-time.ts, ADR 0016), the authority's reference, and
// the reasons for any delay beyond the 72 hours (required then). Audited in the organisation's chain.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { dateTimeInput } from "../../time/date-input.ts";
import { formatInstant } from "../../i18n/format.ts";
import { authorityClock, delayReasonRequired } from "./authority-clock.ts";
import { authorityTime, type AuthorityTimeProblem } from "./authority-time.ts";
import { NOTIFICATION_MESSAGES } from "./messages.ts";
import { authorizeNotification } from "./notification-access.ts";
import { reachedAt } from "./reached.ts";

/** `authorityNotifiedAt` comes from a datetime-local field, read in `authorityTimeZone` (the zone the form named: the reader's). */
export const authorityReportInput = z.strictObject({
  slug: z.string().trim().min(1).max(80),
  notificationId: z.string().trim().min(1).max(64),
  authorityNotifiedAt: dateTimeInput({
    optional: true,
    message: "Enter a date and time, or leave it empty.",
  }),
  authorityTimeZone: z.string().trim().max(64).default("UTC"),
  authorityReference: z.string().trim().max(200, "Keep the reference under 200 characters."),
  authorityDelayReason: z.string().trim().max(4000, "Keep the reasons under 4,000 characters."),
});

export type AuthorityReportResult = { notifiedAt: Date | null; timeZone: string | null };

export async function recordAuthorityReport(
  ctx: Context,
  input: z.infer<typeof authorityReportInput>,
): Promise<AuthorityReportResult> {
  const {
    ctx: org,
    notificationId,
    incidentId,
  } = await authorizeNotification(ctx, input.slug, input.notificationId, "org.breaches.respond");
  const { request, clock } = org;
  const now = clock.now();
  const current = await db.incidentNotification.findFirstOrThrow({
    where: { id: notificationId, organizationId: org.organizationId },
    select: { firstDeliveredAt: true, acknowledgedAt: true },
  });
  const reached = reachedAt(current);
  let notifiedAt: Date | null = null;
  if (input.authorityNotifiedAt !== "") {
    const entered = { wallTime: input.authorityNotifiedAt, timeZone: input.authorityTimeZone };
    const checked = authorityTime(entered, { reachedAt: reached, now });
    if (!checked.ok) throw refusal(checked.problem, { ...entered, reachedAt: reached, locale: ctx.locale });
    notifiedAt = checked.at;
  }
  if (!notifiedAt && input.authorityReference !== "")
    throw new AppError("invalid", NOTIFICATION_MESSAGES.authorityReferenceWithoutTime);
  if (!reached && input.authorityDelayReason !== "")
    throw new AppError("invalid", NOTIFICATION_MESSAGES.authorityBeforeReached);
  if (reached) {
    const { deadlineAt } = authorityClock(reached, now);
    if (input.authorityDelayReason === "" && delayReasonRequired(deadlineAt, notifiedAt, now))
      throw new AppError("invalid", NOTIFICATION_MESSAGES.delayReasonRequired);
  }
  const timeZone = notifiedAt ? input.authorityTimeZone : null;
  await db.$transaction(async (tx) => {
    await tx.incidentNotification.updateMany({
      where: { id: notificationId, organizationId: org.organizationId },
      data: {
        authorityNotifiedAt: notifiedAt,
        authorityTimeZone: timeZone ?? "",
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
          authorityTimeZone: timeZone,
          authorityReference: input.authorityReference,
          delayReasonGiven: input.authorityDelayReason !== "",
        },
      },
      { tx, clock },
    );
  });
  return { notifiedAt, timeZone };
}

function refusal(
  problem: AuthorityTimeProblem,
  entered: { timeZone: string; reachedAt: Date | null; locale: Context["locale"] },
): AppError {
  switch (problem) {
    case "malformed":
      return new AppError("invalid", NOTIFICATION_MESSAGES.invalidAuthorityTime);
    case "unknown-zone":
      return new AppError("invalid", NOTIFICATION_MESSAGES.unknownTimeZone(entered.timeZone));
    case "future":
      return new AppError("invalid", NOTIFICATION_MESSAGES.authorityTimeInFuture);
    case "not-reached":
      return new AppError("conflict", NOTIFICATION_MESSAGES.authorityBeforeReached);
    case "before-reached":
      return new AppError(
        "invalid",
        NOTIFICATION_MESSAGES.authorityTimeBeforeReached({
          en: formatInstant("en", entered.reachedAt!, entered.timeZone),
          de: formatInstant("de", entered.reachedAt!, entered.timeZone),
        }),
      );
  }
}
