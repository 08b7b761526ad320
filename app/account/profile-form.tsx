"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { updateProfileAction } from "./account-actions";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const [state, action, pending] = useActionState<ActionResult<string> | null, FormData>(
    updateProfileAction,
    null,
  );
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Profile">
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
      <FormField
        label="Name"
        id="profile-name"
        error={state && !state.ok ? state.fieldErrors?.name?.[0] : undefined}
      >
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
