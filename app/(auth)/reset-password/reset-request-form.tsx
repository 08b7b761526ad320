"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { requestPasswordResetAction } from "./actions";

/** The answer never says whether the address has an account (S3). */
export function ResetRequestForm() {
  const { state, formAction, pending, fieldError } = useActionForm(requestPasswordResetAction);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormResult state={state} />
      <FormField label="Email" id="reset-email" error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
