"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { updateProfileAction } from "./account-actions";
import { ACCOUNT_PAGE_MESSAGES as M } from "./messages";

export function ProfileForm({ name, email, locale }: { name: string; email: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(updateProfileAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t(M.profile)}>
      <FormResult state={state} />
      <FormField label={t(M.name)} id="profile-name" error={fieldError("name")}>
        <Input name="name" defaultValue={name} autoComplete="name" required maxLength={120} />
      </FormField>
      <FormField label={t(M.emailAddress)} id="profile-email" hint={t(M.signInAddress)}>
        <Input value={email} readOnly disabled />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.saving) : t(M.saveProfile)}
      </Button>
    </form>
  );
}
