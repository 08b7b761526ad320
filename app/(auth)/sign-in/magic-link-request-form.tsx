"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { requestMagicLinkAction } from "../magic-link/actions";
import { SIGN_IN_MESSAGES as M } from "../messages";

/** "Email me a sign-in link": one field; the answer never says whether the address has an account (S3). */
export function MagicLinkRequestForm({ locale }: { locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(requestMagicLinkAction);
  return (
    <form action={formAction} aria-labelledby="magic-link-heading" className="space-y-4" noValidate>
      <h2 id="magic-link-heading" className="text-base font-semibold">
        {t(M.emailMeALink)}
      </h2>
      <FormResult state={state} />
      <FormField label={t(M.email)} id="magic-link-email" error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? t(M.sending) : t(M.sendLink)}
      </Button>
    </form>
  );
}
