"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { RESET_MESSAGES as M } from "../messages";
import { requestPasswordResetAction } from "./actions";

/** The answer never says whether the address has an account (S3). */
export function ResetRequestForm({ locale }: { locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(requestPasswordResetAction);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormResult state={state} />
      <FormField label={t(M.email)} id="reset-email" error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t(M.sending) : t(M.send)}
      </Button>
    </form>
  );
}
