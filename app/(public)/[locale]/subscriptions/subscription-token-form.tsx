"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
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
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(action, null);
  if (state?.ok) return <Alert tone="success">{state.data}</Alert>;
  return (
    <form action={formAction} className="space-y-4">
      {state && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
