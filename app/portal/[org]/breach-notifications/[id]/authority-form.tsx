"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input, TextArea } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
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
  const [state, action, pending] = useActionState<ActionResult<string> | null, FormData>(
    recordAuthorityReportAction,
    null,
  );
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      aria-label="Your supervisory authority notification"
    >
      <div aria-live="polite">
        {state && (
          <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>
        )}
      </div>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="notificationId" value={notificationId} />
      <FormField
        label="Authority notified at (UTC)"
        id="authority-notified-at"
        hint="Leave empty until you have notified your authority."
        error={fieldError("authorityNotifiedAt")}
      >
        <Input name="authorityNotifiedAt" type="datetime-local" defaultValue={notifiedAt} />
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
