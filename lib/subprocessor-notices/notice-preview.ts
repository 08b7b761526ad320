import "server-only";
// Before staff announce a change (GDPR.md C2): the notice as an organisation will read it (English and
// German, for the first organisation by name) and who will receive it, per organisation, with its mode,
// notice period, window's earliest end if announced now, recipients and whether its webhook endpoints get the event.
// Nothing is written.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { SubprocessorAuthorisation } from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/locale.ts";
import { getProviderProfile } from "../trust/provider-profile.ts";
import type { AnnounceChange } from "../trust/subprocessors/announce-input.ts";
import type { ChangeNoticeFacts } from "../trust/subprocessors/change-notice.ts";
import { SUBPROCESSOR_ERRORS } from "../trust/subprocessors/messages.ts";
import { noticeEmail } from "./notice-email.ts";
import { portalNoticesUrl } from "./notify-organizations.ts";
import { organizationsToNotify } from "./recipients.ts";
import { windowEnd } from "./window.ts";

export type PreviewOrganization = {
  id: string;
  name: string;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  /** The window's end if announced now and delivered at once (it runs from delivery). */
  earliestWindowEnd: Date | null;
  recipients: { address: string; locale: Locale }[];
  webhooks: boolean;
};

export type NoticePreview = {
  sample: Record<Locale, { subject: string; text: string }> | null;
  organizations: PreviewOrganization[];
};

export async function previewNotice(ctx: Context, change: AnnounceChange): Promise<NoticePreview> {
  await authorizeStaff(ctx, "trust.subprocessors.manage");
  const now = ctx.clock.now();
  const stopping =
    change.type === "ADD"
      ? null
      : await db.subprocessor.findUnique({
          where: { id: change.stoppingId },
          select: {
            name: true,
            purpose: true,
            purposeDe: true,
            dataCategories: true,
            dataCategoriesDe: true,
            location: true,
            country: true,
            transferMechanism: true,
          },
        });
  if (change.type !== "ADD" && !stopping) throw new AppError("conflict", SUBPROCESSOR_ERRORS.stoppingGone);
  const facts: ChangeNoticeFacts = {
    type: change.type,
    effectiveDate: change.effectiveDate,
    note: change.note,
    noteDe: change.noteDe,
    subprocessor: change.type === "REMOVE" ? stopping! : change.details,
    replacedName: change.type === "REPLACE" ? stopping!.name : null,
  };
  const authorises = change.type !== "REMOVE";
  const organizations = (await organizationsToNotify(db)).map((o) => ({
    ...o,
    earliestWindowEnd: windowEnd(o.mode, now, o.noticeDays, authorises),
  }));
  const first = organizations[0];
  const provider = first ? await getProviderProfile("en") : null;
  const sample =
    first && provider
      ? Object.fromEntries(
          (["en", "de"] as const).map((locale) => [
            locale,
            noticeEmail(
              {
                change: facts,
                providerName: provider.displayName,
                organizationName: first.name,
                mode: first.mode,
                noticeDays: first.noticeDays,
                earliestWindowEnd: first.earliestWindowEnd,
                timeZone: first.defaultTimeZone,
                portalUrl: portalNoticesUrl(first.slug),
              },
              locale,
            ),
          ]),
        )
      : null;
  return {
    sample: sample as NoticePreview["sample"],
    organizations: organizations.map((o) => ({
      id: o.organizationId,
      name: o.name,
      mode: o.mode,
      noticeDays: o.noticeDays,
      earliestWindowEnd: o.earliestWindowEnd,
      recipients: o.recipients,
      webhooks: o.hasWebhooks,
    })),
  };
}
