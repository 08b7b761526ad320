"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { requestClosureAction } from "./actions";
import { CLOSURE_PAGE_MESSAGES as M } from "./messages";

/** The owner's request to close: return or deletion, and the address name typed again. */
export function RequestClosureForm({
  slug,
  locale,
  windows,
}: {
  slug: string;
  locale: Locale;
  windows: { returnDays: number; deletionDays: number; deleteWithinDays: number };
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(requestClosureAction);
  // A refused confirmation keeps the choice and what was typed.
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      aria-label={t(M.formTitle)}
      noValidate
    >
      <input type="hidden" name="slug" value={slug} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-900">{t(M.choice)}</legend>
        {(["RETURN", "DELETION"] as const).map((choice) => (
          <label key={choice} className="flex items-start gap-3 text-sm">
            <input
              type="radio"
              name="choice"
              value={choice}
              defaultChecked={choice === "RETURN"}
              className="mt-0.5 size-4 shrink-0"
            />
            <span>
              {t(
                choice === "RETURN"
                  ? M.returnChoice(windows.returnDays)
                  : M.deletionChoice(windows.deletionDays),
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-gray-700">{t(M.readOnlyNote(windows.deleteWithinDays))}</p>
      <FormField label={t(M.confirmation(slug))} id="closure-confirmation" error={fieldError("confirmation")}>
        <Input name="confirmation" autoComplete="off" spellCheck={false} className="font-mono" />
      </FormField>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t(M.submitting) : t(M.submit)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
