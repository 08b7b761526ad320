"use client";

import { Button, FormField, Input, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import { recordAuthorityReportAction } from "../actions";

/** B4: the organisation records its own notification to its supervisory authority. Times are UTC. */
export function AuthorityForm({
  slug,
  notificationId,
  notifiedAt,
  reference,
  delayReason,
}: {
  slug: string;
  notificationId: string;
  /** "YYYY-MM-DDTHH:mm" in UTC, or "". */
  notifiedAt: string;
  reference: string;
  delayReason: string;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(recordAuthorityReportAction);
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label="Your supervisory authority notification"
    >
      <FormResult state={state} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="notificationId" value={notificationId} />
      <FormField
        label="Authority notified at (UTC)"
        id="authority-notified-at"
        hint="Leave empty until you have notified your authority."
        error={fieldError("authorityNotifiedAt")}
      >
        <Input
          name="authorityNotifiedAt"
          type="datetime-local"
          min={DATE_INPUT_BOUNDS.minDateTime}
          max={DATE_INPUT_BOUNDS.maxDateTime}
          defaultValue={notifiedAt}
        />
      </FormField>
      <FormField
        label="Authority's reference"
        id="authority-reference"
        error={fieldError("authorityReference")}
      >
        <Input name="authorityReference" defaultValue={reference} maxLength={200} />
      </FormField>
      <FormField
        label="Reasons for delay"
        id="authority-delay-reason"
        hint="Required when the authority is notified more than 72 hours after this notification reached you."
        error={fieldError("authorityDelayReason")}
      >
        <TextArea name="authorityDelayReason" defaultValue={delayReason} maxLength={4000} rows={3} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save authority record"}
      </Button>
    </form>
  );
}
