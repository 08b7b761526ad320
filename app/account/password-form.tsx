"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { changePasswordAction } from "./account-actions";

/** Current password (it confirms it is you) and the new one; without a password yet, only the new one. */
export function PasswordForm({ hasPassword, hint }: { hasPassword: boolean; hint: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(changePasswordAction);
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label={hasPassword ? "Change password" : "Set a password"}
    >
      <FormResult state={state} />
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
