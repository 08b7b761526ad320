"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { updateProfileAction } from "./account-actions";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(updateProfileAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Profile">
      <FormResult state={state} />
      <FormField label="Name" id="profile-name" error={fieldError("name")}>
        <Input name="name" defaultValue={name} autoComplete="name" required maxLength={120} />
      </FormField>
      <FormField label="Email address" id="profile-email" hint="You sign in with this address.">
        <Input value={email} readOnly disabled />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
