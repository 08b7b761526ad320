"use client";

import { Button, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { updateBreachContactsAction } from "./actions";
import { SETTINGS_MESSAGES as M } from "./messages";

export function BreachContactsForm({
  slug,
  contacts,
  locale,
}: {
  slug: string;
  contacts: string[];
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(updateBreachContactsAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t(M.contactsTitle)}>
      <input type="hidden" name="slug" value={slug} />
      <FormField
        id="breach-contacts"
        label={t(M.contactsLabel)}
        hint={t(M.contactsHint)}
        error={fieldError("contacts")}
      >
        <TextArea
          name="contacts"
          rows={3}
          defaultValue={contacts.join("\n")}
          spellCheck={false}
          className="font-mono"
        />
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t(M.saving) : t(M.saveContacts)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
