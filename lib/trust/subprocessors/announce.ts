import "server-only";
// Announcing a change to the subprocessor list (GDPR.md C2, C3): in one transaction the list changes
// (the new subprocessor starts and/or the stopping one ends on the effective date), the change is
// recorded, the public updates feed gets an entry, and every confirmed subscriber gets a notice in
// their language through the outbox. The DPA promises 30 days' notice: a shorter one needs an explicit
// confirmation, a date in the past is refused. Every customer organisation gets its own notice with its own
// window in the same transaction (lib/subprocessor-notices/notify-organizations.ts, ADR 0030); a GENERAL
// organisation whose DPA promises more notice than the effective date leaves needs the same confirmation.
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { formatCalendarDate } from "../../i18n/format.ts";
import { SUBPROCESSOR_NOTICE_ERRORS } from "../../subprocessor-notices/messages.ts";
import { notifyOrganizations } from "../../subprocessor-notices/notify-organizations.ts";
import { organizationsToNotify } from "../../subprocessor-notices/recipients.ts";
import { windowsLongerThanNotice } from "../../subprocessor-notices/window.ts";
import type { Locale } from "../../i18n/locale.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { daysBetween, isoDate, utcDay } from "../../time/calendar-date.ts";
import { getProviderProfile, type ProviderProfile } from "../provider-profile.ts";
import { listUnsubscribeHeaders, subprocessorsPageUrl, unsubscribePageUrl } from "../subscriptions/links.ts";
import { enqueueSubscriberNotices } from "../subscriptions/notify-subscribers.ts";
import { recordTrustUpdate } from "../updates.ts";
import type { AnnounceChange } from "./announce-input.ts";
import { changeNoticeEmail, type ChangeNoticeFacts, type NoticeSubprocessor } from "./change-notice.ts";
import { changeUpdateEntry } from "./change-update.ts";
import { canBeStopped } from "./lifecycle.ts";
import { SUBPROCESSOR_ERRORS } from "./messages.ts";

/** The notice period the DPA promises before a change takes effect. */
export const NOTICE_PERIOD_DAYS = 30;

export type AnnounceResult = {
  changeId: string;
  subscribersNotified: number;
  /** Customer organisations notified, and the emails written to their recipients. */
  organizationsNotified: number;
  organizationEmails: number;
  /** Webhook deliveries queued for organisations' endpoints. */
  webhookEvents: number;
};

const STOPPING_FIELDS = {
  id: true,
  name: true,
  purpose: true,
  purposeDe: true,
  dataCategories: true,
  dataCategoriesDe: true,
  location: true,
  country: true,
  transferMechanism: true,
  activeFrom: true,
  activeUntil: true,
} as const;

/** Refusals: `invalid` for a date the staff member can fix, `conflict` when the list forbids the change. */
export async function announceSubprocessorChange(
  ctx: Context,
  change: AnnounceChange,
): Promise<AnnounceResult> {
  const { actor } = await authorizeStaff(ctx, "trust.subprocessors.manage");
  const { clock } = ctx;
  // One instant for the change, its update and every organisation's window (they must agree to the millisecond).
  const announcedAt = clock.now();
  const today = utcDay(announcedAt);
  const noticeDays = daysBetween(today, change.effectiveDate);
  if (noticeDays < 0)
    throw new AppError(
      "invalid",
      SUBPROCESSOR_ERRORS.effectiveDateInPast(formatCalendarDate("en", change.effectiveDate)),
    );
  if (noticeDays < NOTICE_PERIOD_DAYS && !change.shorterNotice)
    throw new AppError("invalid", SUBPROCESSOR_ERRORS.noticeTooShort(noticeDays, NOTICE_PERIOD_DAYS));
  const provider = await getProviderProfile("en");

  const result = await db.$transaction(
    async (tx) => {
      const organizations = await organizationsToNotify(tx);
      const longer = windowsLongerThanNotice(organizations, noticeDays)[0];
      if (longer && !change.shorterNotice && change.type !== "REMOVE")
        throw new AppError(
          "invalid",
          SUBPROCESSOR_NOTICE_ERRORS.organizationNoticeTooShort(noticeDays, longer.name, longer.noticeDays),
        );
      const stopping =
        change.type === "ADD"
          ? null
          : await stopSubprocessor(tx, change.stoppingId, change.effectiveDate, today);
      const details = change.type === "REMOVE" ? null : change.details;
      if (details) await refuseDuplicateName(tx, details.name, today, stopping?.id ?? null);
      const added = details
        ? await tx.subprocessor.create({
            data: { ...details, activeFrom: change.effectiveDate },
            select: { id: true },
          })
        : null;
      const row = await tx.subprocessorChange.create({
        data: {
          type: change.type,
          subprocessorId: added?.id ?? stopping!.id,
          replacedId: change.type === "REPLACE" ? stopping!.id : null,
          note: change.note,
          noteDe: change.noteDe,
          announcedAt,
          effectiveDate: change.effectiveDate,
          announcedById: actor.userId,
        },
        select: { id: true },
      });
      const facts: ChangeNoticeFacts = {
        type: change.type,
        effectiveDate: change.effectiveDate,
        note: change.note,
        noteDe: change.noteDe,
        subprocessor: details ?? stopping!,
        replacedName: change.type === "REPLACE" ? stopping!.name : null,
      };
      await recordTrustUpdate(
        tx,
        changeUpdateEntry({ ...facts, name: facts.subprocessor.name }, announcedAt),
      );
      const subscribersNotified = await enqueueSubscriberNotices(tx, (recipient) => ({
        idempotencyKey: `subprocessor-change:${row.id}:${recipient.id}`,
        to: recipient.email,
        sensitive: true, // carries the recipient's unsubscribe link
        headers: listUnsubscribeHeaders(recipient.unsubscribeToken),
        ...changeNoticeEmail(
          facts,
          recipient.locale,
          noticeContext(provider, recipient.locale, recipient.unsubscribeToken),
        ),
      }));
      const notified = await notifyOrganizations(tx, {
        changeId: row.id,
        facts,
        providerName: provider.displayName,
        announcedAt,
        actor: userActor(actor),
        request: ctx.request,
        organizations,
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.subprocessor.change_announced",
          target: { type: "SubprocessorChange", id: row.id },
          request: ctx.request,
          metadata: {
            type: change.type,
            subprocessor: facts.subprocessor.name,
            replaced: facts.replacedName,
            effectiveDate: isoDate(change.effectiveDate),
            noticeDays,
            shorterNotice: noticeDays < NOTICE_PERIOD_DAYS,
            subscribersNotified,
            organizationsNotified: notified.organizations,
            organizationEmails: notified.emails,
          },
        },
        { tx, clock },
      );
      return {
        changeId: row.id,
        subscribersNotified,
        organizationsNotified: notified.organizations,
        organizationEmails: notified.emails,
        webhookEvents: notified.webhookEvents,
      };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (result.subscribersNotified + result.organizationEmails > 0) await requestEmailDelivery();
  return result;
}

/** Sets the end date of the subprocessor that stops; refuses one already ending or gone. */
async function stopSubprocessor(
  tx: Tx,
  id: string,
  effectiveDate: Date,
  today: Date,
): Promise<NoticeSubprocessor & { id: string }> {
  const row = await tx.subprocessor.findUnique({ where: { id }, select: STOPPING_FIELDS });
  if (!row) throw new AppError("conflict", SUBPROCESSOR_ERRORS.stoppingGone);
  if (!canBeStopped(row, today))
    throw new AppError(
      "conflict",
      SUBPROCESSOR_ERRORS.alreadyEnding(row.name, formatCalendarDate("en", row.activeUntil ?? today)),
    );
  if (effectiveDate < row.activeFrom)
    throw new AppError(
      "invalid",
      SUBPROCESSOR_ERRORS.startsLater(row.name, formatCalendarDate("en", row.activeFrom)),
    );
  // Compare-and-set: of two simultaneous announcements for the same subprocessor, one wins.
  const { count } = await tx.subprocessor.updateMany({
    where: { id, activeUntil: null },
    data: { activeUntil: effectiveDate },
  });
  if (count === 0) throw new AppError("conflict", SUBPROCESSOR_ERRORS.endedMeanwhile(row.name));
  return row;
}

async function refuseDuplicateName(
  tx: Tx,
  name: string,
  today: Date,
  stoppingId: string | null,
): Promise<void> {
  const same = await tx.subprocessor.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      OR: [{ activeUntil: null }, { activeUntil: { gt: today } }],
      ...(stoppingId ? { id: { not: stoppingId } } : {}),
    },
    select: { name: true },
  });
  if (same) throw new AppError("conflict", SUBPROCESSOR_ERRORS.alreadyListed(same.name));
}

function noticeContext(provider: ProviderProfile, locale: Locale, unsubscribeToken: string) {
  return {
    providerName: provider.displayName,
    dpoName: provider.dpoName,
    dpoEmail: provider.dpoEmail,
    subprocessorsUrl: subprocessorsPageUrl(locale),
    unsubscribeUrl: unsubscribePageUrl(locale, unsubscribeToken),
  };
}
