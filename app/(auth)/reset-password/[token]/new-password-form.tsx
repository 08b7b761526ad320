"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { RESET_MESSAGES as M } from "../../messages";
import { resetPasswordAction } from "../actions";

export function NewPasswordForm({ token, hint, locale }: { token: string; hint: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(resetPasswordAction);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {/* Success signs nobody in: it goes on to the sign-in page. */}
      <FormResult state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField label={t(M.newPassword)} id="new-password" hint={hint} error={fieldError("password")}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t(M.saving) : t(M.setNewPassword)}
      </Button>
    </form>
  );
}
