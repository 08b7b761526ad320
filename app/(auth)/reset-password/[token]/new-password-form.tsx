"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { resetPasswordAction } from "../actions";

export function NewPasswordForm({ token, hint }: { token: string; hint: string }) {
  const [state, action, pending] = useActionState<ActionResult<never> | null, FormData>(
    resetPasswordAction,
    null,
  );
  return (
    <form action={action} className="space-y-5" noValidate>
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <FormField
        label="New password"
        id="new-password"
        hint={hint}
        error={state && !state.ok ? state.fieldErrors?.password?.[0] : undefined}
      >
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
