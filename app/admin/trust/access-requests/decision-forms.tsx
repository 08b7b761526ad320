"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { approveGrantAction, denyGrantAction } from "./actions";

type Props = { grantId: string; documentTitle: string };

/** Approve one requested document for 1-90 days. */
export function ApproveForm({ grantId, documentTitle }: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(approveGrantAction);
  // A refusal (e.g. decided meanwhile) is shown at the field, next to the button that caused it.
  const error = state && !state.ok ? (fieldError("days") ?? state.message) : undefined;
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-2"
      aria-label={`Approve ${documentTitle}`}
    >
      <input type="hidden" name="grantId" value={grantId} />
      <div className="w-28">
        <FormField
          id={`approve-days-${grantId}`}
          label={
            <>
              Days<span className="sr-only"> of access to {documentTitle}</span>
            </>
          }
          error={error}
        >
          <Input name="days" type="number" min={1} max={90} defaultValue={30} required />
        </FormField>
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Approving…" : "Approve"}
      </Button>
      <div aria-live="polite">{state?.ok && <Alert tone="success">{state.data}</Alert>}</div>
    </form>
  );
}

/** Deny one requested document; the reason is emailed to the requester. */
export function DenyForm({ grantId, documentTitle }: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(denyGrantAction);
  const error = state && !state.ok ? (fieldError("reason") ?? state.message) : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-label={`Deny ${documentTitle}`}>
      <input type="hidden" name="grantId" value={grantId} />
      <div className="min-w-56 flex-1">
        <FormField
          id={`deny-reason-${grantId}`}
          label={
            <>
              Reason for denial<span className="sr-only"> of {documentTitle}</span>
            </>
          }
          error={error}
        >
          <Input name="reason" required minLength={3} maxLength={1000} />
        </FormField>
      </div>
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {pending ? "Denying…" : "Deny"}
      </Button>
      <div aria-live="polite">{state?.ok && <Alert tone="success">{state.data}</Alert>}</div>
    </form>
  );
}
