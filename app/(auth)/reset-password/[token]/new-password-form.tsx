"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { resetPasswordAction } from "../actions";

export function NewPasswordForm({ token, hint }: { token: string; hint: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(resetPasswordAction);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {/* Success signs nobody in: it goes on to the sign-in page. */}
      <FormResult state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField label="New password" id="new-password" hint={hint} error={fieldError("password")}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
