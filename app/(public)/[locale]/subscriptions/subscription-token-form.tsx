"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { ActionResult } from "@/lib/http/action";
import type { Locale } from "@/lib/i18n/locale";

type TokenAction = (previous: unknown, formData: FormData) => Promise<ActionResult<string>>;

/** One button that uses the emailed token (POST); the answer comes back in the page's language. */
export function SubscriptionTokenForm({
  token,
  locale,
  action,
  label,
  pendingLabel,
}: {
  token: string;
  locale: Locale;
  action: TokenAction;
  label: string;
  pendingLabel: string;
}) {
  const { state, formAction, pending } = useActionForm(action);
  if (state?.ok) return <FormResult state={state} />;
  return (
    <form action={formAction} className="space-y-4">
      <FormResult state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
