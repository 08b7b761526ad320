"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { cancelClosureAction } from "./actions";
import { CLOSURE_PAGE_MESSAGES as M } from "./messages";

/** Cancels the closure while the deletion has not started. */
export function CancelClosureForm({ slug, locale }: { slug: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending } = useActionForm(cancelClosureAction);
  return (
    <form action={formAction} className="space-y-3" aria-label={t(M.cancel)}>
      <input type="hidden" name="slug" value={slug} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t(M.cancelling) : t(M.cancel)}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
