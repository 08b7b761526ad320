"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { approveGrantAction, denyGrantAction } from "./actions";

type Props = { grantId: string; documentTitle: string };

/** Approve one requested document for 1-90 days. */
export function ApproveForm({ grantId, documentTitle }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(
    approveGrantAction,
    null,
  );
  const error = state && !state.ok ? (state.fieldErrors?.days?.[0] ?? state.message) : undefined;
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
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(
    denyGrantAction,
    null,
  );
  const error = state && !state.ok ? (state.fieldErrors?.reason?.[0] ?? state.message) : undefined;
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
