"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/text";
import { setRetentionOverrideAction } from "./actions";
import { RETENTION_MESSAGES as M } from "./messages";

type Props = {
  slug: string;
  category: string;
  label: string;
  ownDays: number | null;
  minDays: number;
  providerDays: number;
  locale: Locale;
};

/** The organisation's own, shorter period for one category (empty: the provider's). */
export function OverrideForm({ slug, category, label, ownDays, minDays, providerDays, locale }: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(setRetentionOverrideAction);
  const t = (text: { en: string; de?: string }) => localize(text, locale);
  return (
    <form action={formAction} className="space-y-2" aria-label={label} noValidate>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="category" value={category} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-48">
          <FormField
            id={`own-${category}`}
            label={
              <>
                {t(M.yours)}
                <span className="sr-only"> {label}</span>
              </>
            }
            hint={t(M.yoursHint(minDays, providerDays))}
            error={fieldError("periodDays")}
          >
            <Input
              name="periodDays"
              type="number"
              min={minDays}
              max={providerDays}
              defaultValue={ownDays ?? ""}
            />
          </FormField>
        </div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t(M.saving) : t(M.save)}
        </Button>
      </div>
      <FormResult state={state} />
    </form>
  );
}
