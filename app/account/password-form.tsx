"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { changePasswordAction } from "./account-actions";

/** Current password (it confirms it is you) and the new one; without a password yet, only the new one. */
export function PasswordForm({ hasPassword, hint }: { hasPassword: boolean; hint: string }) {
  const [state, action, pending] = useActionState<ActionResult<string> | null, FormData>(
    changePasswordAction,
    null,
  );
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      aria-label={hasPassword ? "Change password" : "Set a password"}
    >
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
      {hasPassword && (
        <FormField label="Current password" id="current-password" error={fieldError("currentPassword")}>
          <Input name="currentPassword" type="password" autoComplete="current-password" required />
        </FormField>
      )}
      <FormField label="New password" id="new-password" hint={hint} error={fieldError("newPassword")}>
        <Input name="newPassword" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : hasPassword ? "Change password" : "Set password"}
      </Button>
    </form>
  );
}
