"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { ReauthMethods } from "@/lib/auth/sessions/reauth";
import { reauthenticateAction } from "./reauth-action";

/** Asks for the password (or an authenticator code) again; on success the page re-renders. */
export function ReauthForm({ methods }: { methods: ReauthMethods }) {
  const { state, formAction: action, pending } = useActionForm(reauthenticateAction);
  if (!methods.password && !methods.code) {
    return <p className="text-sm text-gray-700">To confirm it is you, sign out and sign in again.</p>;
  }
  return (
    <form action={action} className="space-y-4">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      {methods.password && (
        <FormField label="Your password" id="reauth-password">
          <Input name="password" type="password" autoComplete="current-password" />
        </FormField>
      )}
      {methods.code && (
        <FormField
          label={
            methods.password ? "Or a code from your authenticator app" : "Code from your authenticator app"
          }
          id="reauth-code"
        >
          <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={16} />
        </FormField>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Confirm"}
      </Button>
    </form>
  );
}
