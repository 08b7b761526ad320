"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { submitKeepingInput } from "../submit-keeping-input";
import { inviteFirstOwnerAction } from "../actions";
import { ORGANIZATIONS_MESSAGES } from "../messages";

export function OwnerInvitationForm({ organizationId }: { organizationId: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(inviteFirstOwnerAction);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingInput(formAction)}
      className="max-w-xl space-y-4"
      noValidate
      aria-label={ORGANIZATIONS_MESSAGES.ownerInvitation}
    >
      <FormResult state={state} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <FormField
        id="owner-email"
        label={ORGANIZATIONS_MESSAGES.ownerEmail}
        hint={ORGANIZATIONS_MESSAGES.ownerInvitationHint}
        error={fieldError("email")}
      >
        <Input name="email" type="email" autoComplete="off" />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? ORGANIZATIONS_MESSAGES.inviting : ORGANIZATIONS_MESSAGES.invite}
      </Button>
    </form>
  );
}
