"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { signInWithLinkAction } from "../actions";

/** The link is used by this POST, never by opening the page (mail scanners prefetch links). */
export function SignInWithLinkForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionResult<never> | null, FormData>(signInWithLinkAction, null);
  return (
    <form action={action} className="space-y-4">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
