"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { startOrganizationExportAction } from "./actions";
import { EXPORT_PAGE_MESSAGES as M } from "./messages";

/** Starts an export; disabled while one is waiting or being prepared. */
export function StartExportForm({ slug, locale, busy }: { slug: string; locale: Locale; busy: boolean }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending } = useActionForm(startOrganizationExportAction);
  return (
    <form action={formAction} className="space-y-3" aria-label={t(M.startTitle)}>
      <input type="hidden" name="slug" value={slug} />
      <p className="text-sm text-gray-700">{t(M.startHint)}</p>
      <Button type="submit" disabled={pending || busy}>
        {pending ? t(M.starting) : t(M.start)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
