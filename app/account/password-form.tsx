"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { changePasswordAction } from "./account-actions";
import { ACCOUNT_PAGE_MESSAGES as M } from "./messages";

/** Current password (it confirms it is you) and the new one; without a password yet, only the new one. */
export function PasswordForm({
  hasPassword,
  hint,
  locale,
}: {
  hasPassword: boolean;
  hint: string;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(changePasswordAction);
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label={t(hasPassword ? M.changePassword : M.setAPassword)}
    >
      <FormResult state={state} />
      {hasPassword && (
        <FormField label={t(M.currentPassword)} id="current-password" error={fieldError("currentPassword")}>
          <Input name="currentPassword" type="password" autoComplete="current-password" required />
        </FormField>
      )}
      <FormField label={t(M.newPassword)} id="new-password" hint={hint} error={fieldError("newPassword")}>
        <Input name="newPassword" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.saving) : t(hasPassword ? M.changePassword : M.setPassword)}
      </Button>
    </form>
  );
}
