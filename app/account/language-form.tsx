"use client";

import { Button, FormField, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { updateLanguageAction } from "./language-action";
import { ACCOUNT_PAGE_MESSAGES, LANGUAGE_MESSAGES as M } from "./messages";

/** The reader's language: each language named in itself, so anyone finds their own. */
export function LanguageForm({ chosen, locale }: { chosen: Locale | null; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(updateLanguageAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t(M.title)}>
      {/* No box (so no spacing) until there is a message; the live region itself is always there. */}
      <div className="contents has-[[role]]:block">
        <FormResult state={state} />
      </div>
      <p className="text-sm text-gray-700">{t(M.explain)}</p>
      <FormField label={t(M.label)} id="account-language" error={fieldError("language")}>
        <Select name="language" defaultValue={chosen ?? locale}>
          {LOCALES.map((value) => (
            <option key={value} value={value} lang={value}>
              {LOCALE_NAMES[value]}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t(ACCOUNT_PAGE_MESSAGES.saving) : t(M.save)}
      </Button>
    </form>
  );
}
