"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { approveDomainClaimAction, refuseDomainClaimAction } from "./actions";

type Props = { claimId: string; domain: string; organizationName: string };

/** Approve a claim, noting how control of the domain was checked (DNS record, call with the customer's IT). */
export function ApproveClaimForm({ claimId, domain, organizationName }: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(approveDomainClaimAction);
  const error = state && !state.ok ? (fieldError("reason") ?? state.message) : undefined;
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-2"
      aria-label={`Approve ${domain} for ${organizationName}`}
    >
      <input type="hidden" name="claimId" value={claimId} />
      <div className="min-w-56 flex-1">
        <FormField
          id={`approve-reason-${claimId}`}
          label={
            <>
              How control was checked<span className="sr-only"> for {domain}</span>
            </>
          }
          error={error}
        >
          <Input name="reason" required minLength={3} maxLength={1000} />
        </FormField>
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Approving…" : "Approve"}
      </Button>
      <div aria-live="polite">{state?.ok && <Alert tone="success">{state.data}</Alert>}</div>
    </form>
  );
}

/** Refuse a pending claim or withdraw an approved one; the organisation sees the reason. */
export function RefuseClaimForm({
  claimId,
  domain,
  organizationName,
  withdraw = false,
}: Props & { withdraw?: boolean }) {
  const { state, formAction, pending, fieldError } = useActionForm(refuseDomainClaimAction);
  const error = state && !state.ok ? (fieldError("reason") ?? state.message) : undefined;
  const verb = withdraw ? "Withdraw" : "Refuse";
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-2"
      aria-label={`${verb} ${domain} for ${organizationName}`}
    >
      <input type="hidden" name="claimId" value={claimId} />
      <div className="min-w-56 flex-1">
        <FormField
          id={`refuse-reason-${claimId}`}
          label={
            <>
              Reason shown to the organisation<span className="sr-only"> for {domain}</span>
            </>
          }
          error={error}
        >
          <Input name="reason" required minLength={3} maxLength={1000} />
        </FormField>
      </div>
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {pending ? `${verb === "Refuse" ? "Refusing" : "Withdrawing"}…` : verb}
      </Button>
      <div aria-live="polite">{state?.ok && <Alert tone="success">{state.data}</Alert>}</div>
    </form>
  );
}
