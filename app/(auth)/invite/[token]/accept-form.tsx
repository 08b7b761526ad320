"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionResult<never> | null, FormData>(acceptInvitationAction, null);
  return (
    <form action={action} className="space-y-4">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Joining…" : "Accept invitation"}
      </Button>
    </form>
  );
}
