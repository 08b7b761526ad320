"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { requestMagicLinkAction } from "../magic-link/actions";

/** "Email me a sign-in link": one field; the answer never says whether the address has an account (S3). */
export function MagicLinkRequestForm() {
  const { state, formAction, pending, fieldError } = useActionForm(requestMagicLinkAction);
  return (
    <form action={formAction} aria-labelledby="magic-link-heading" className="space-y-4" noValidate>
      <h2 id="magic-link-heading" className="text-base font-semibold">
        Email me a sign-in link
      </h2>
      <FormResult state={state} />
      <FormField label="Email" id="magic-link-email" error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send link"}
      </Button>
    </form>
  );
}
