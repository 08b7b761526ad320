"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { requestEmailChangeAction } from "./account-actions";

export function EmailForm({ email, locked }: { email: string; locked: boolean }) {
  const { state, formAction, pending, fieldError } = useActionForm(requestEmailChangeAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormResult state={state} />
      <p className="text-sm text-gray-700">
        You sign in with <span className="font-medium">{email}</span>. We send a confirmation link to the new
        address; nothing changes until you open it.
      </p>
      <FormField label="New email address" id="new-email" error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" required disabled={locked} />
      </FormField>
      <Button type="submit" disabled={pending || locked}>
        {pending ? "Sending…" : "Send confirmation link"}
      </Button>
    </form>
  );
}
