"use client";

import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { Button, FormField, Input, TextArea, useReaderTimeZone } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import type { Locale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/text";
import { recordAuthorityReportAction } from "../actions";
import { AUTHORITY_FORM_MESSAGES as M } from "../messages";
import { ZonedDateTimeInput } from "./zoned-date-time-input";

/**
 * B4: the organisation records its own notification to its supervisory authority. The time is entered
 * in the person's time zone (the portal's ReaderTimeZone: their own, else the organisation's default;
 * named in the label and sent with the form); the server stores UTC with that zone and refuses a time
 * before this notification reached the organisation (ADR 0016).
 */
export function AuthorityForm({
  slug,
  notificationId,
  notifiedAt,
  reference,
  delayReason,
  locale,
}: {
  slug: string;
  notificationId: string;
  /** The recorded time as an ISO instant, or "". */
  notifiedAt: string;
  reference: string;
  delayReason: string;
  locale: Locale;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(recordAuthorityReportAction);
  const submit = useSubmitWithoutReset(formAction);
  const timeZone = useReaderTimeZone();
  const t = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-4" noValidate aria-label={t(M.formLabel)}>
      <FormResult state={state} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="notificationId" value={notificationId} />
      <input type="hidden" name="authorityTimeZone" value={timeZone} />
      <FormField
        label={t(M.notifiedAt(timeZone))}
        id="authority-notified-at"
        hint={t(M.notifiedAtHint)}
        error={fieldError("authorityNotifiedAt")}
      >
        <ZonedDateTimeInput
          name="authorityNotifiedAt"
          instant={notifiedAt}
          timeZone={timeZone}
          min={DATE_INPUT_BOUNDS.minDateTime}
          max={DATE_INPUT_BOUNDS.maxDateTime}
        />
      </FormField>
      <FormField label={t(M.reference)} id="authority-reference" error={fieldError("authorityReference")}>
        <Input name="authorityReference" defaultValue={reference} maxLength={200} />
      </FormField>
      <FormField
        label={t(M.delayReason)}
        id="authority-delay-reason"
        hint={t(M.delayReasonHint)}
        error={fieldError("authorityDelayReason")}
      >
        <TextArea name="authorityDelayReason" defaultValue={delayReason} maxLength={4000} rows={3} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.saving) : t(M.save)}
      </Button>
    </form>
  );
}
