"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { requestEmailChangeAction } from "./account-actions";
import { ACCOUNT_PAGE_MESSAGES as M } from "./messages";

export function EmailForm({ email, locked, locale }: { email: string; locked: boolean; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(requestEmailChangeAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormResult state={state} />
      <p className="text-sm text-gray-700">
        {t(M.youSignInWith)} <span className="font-medium break-all">{email}</span>.{" "}
        {t(M.confirmationExplain)}
      </p>
      <FormField label={t(M.newEmail)} id="new-email" error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" required disabled={locked} />
      </FormField>
      <Button type="submit" disabled={pending || locked}>
        {pending ? t(M.sending) : t(M.sendConfirmation)}
      </Button>
    </form>
  );
}
