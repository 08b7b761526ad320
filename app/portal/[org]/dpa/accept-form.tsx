"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { acceptDpaAction } from "./actions";
import { DPA_PAGE_MESSAGES as M } from "./messages";

/** Name and title typed, the confirmation ticked: accepts exactly the version (and text hash) shown. */
export function AcceptDpaForm({
  slug,
  locale,
  versionId,
  contentHash,
  organization,
}: {
  slug: string;
  locale: Locale;
  versionId: string;
  contentHash: string;
  organization: string;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(acceptDpaAction);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" aria-label={t(M.accept)} noValidate>
      <p className="text-sm text-gray-700">{t(M.acceptIntro)}</p>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="contentHash" value={contentHash} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t(M.name)} id="dpa-signatory-name" error={fieldError("signatoryName")}>
          <Input name="signatoryName" autoComplete="name" />
        </FormField>
        <FormField label={t(M.jobTitle)} id="dpa-signatory-title" error={fieldError("signatoryTitle")}>
          <Input name="signatoryTitle" autoComplete="organization-title" />
        </FormField>
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="confirm" value="yes" className="mt-0.5 size-4 shrink-0" />
          <span>{t(M.confirm(organization))}</span>
        </label>
        {fieldError("confirm") && (
          <p className="text-sm text-danger-700" role="alert">
            {fieldError("confirm")}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.accepting) : t(M.accept)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
