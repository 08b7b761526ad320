"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import { requestEmailChangeAction } from "./account-actions";

export function EmailForm({ email, locked }: { email: string; locked: boolean }) {
  const [state, formAction, pending] = useActionState(requestEmailChangeAction, null);
  return (
    <form action={formAction} className="space-y-4">
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
      <p className="text-sm text-gray-700">
        You sign in with <span className="font-medium">{email}</span>. We send a confirmation link to the new
        address; nothing changes until you open it.
      </p>
      <FormField
        label="New email address"
        id="new-email"
        error={state && !state.ok ? state.fieldErrors?.email?.[0] : undefined}
      >
        <Input name="email" type="email" autoComplete="email" required disabled={locked} />
      </FormField>
      <Button type="submit" disabled={pending || locked}>
        {pending ? "Sending…" : "Send confirmation link"}
      </Button>
    </form>
  );
}
