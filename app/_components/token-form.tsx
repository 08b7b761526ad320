"use client";

import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { ActionResult } from "@/lib/http/action";

/** Redirects on success, or returns a message to show. */
type TokenAction = (previous: unknown, formData: FormData) => Promise<ActionResult<string>>;

/**
 * One button that uses an emailed token (sign-in link, invitation). The token is used by this POST,
 * never by opening the page: mail scanners prefetch links.
 */
export function TokenForm({
  token,
  action,
  label,
  pendingLabel,
}: {
  token: string;
  action: TokenAction;
  label: string;
  pendingLabel: string;
}) {
  const { state, formAction, pending } = useActionForm(action);
  if (state?.ok) return <Alert tone="success">{state.data}</Alert>;
  return (
    <form action={formAction} className="space-y-4">
      {state && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
