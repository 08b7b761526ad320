"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";

type TokenAction = (previous: unknown, formData: FormData) => Promise<ActionResult<never>>;

/**
 * One button that uses an emailed token (sign-in link, invitation). The token is used by this POST,
 * never by opening the page: mail scanners prefetch links.
 */
export function TokenForm({ token, action, label, pendingLabel }: { token: string; action: TokenAction; label: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(action, null);
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
