"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { runClosuresNowAction } from "./actions";
import { CLOSURES_MESSAGES as M } from "./messages";

export function RunClosuresNowForm() {
  const { state, formAction, pending } = useActionForm(runClosuresNowAction);
  return (
    <form action={formAction} className="space-y-2" aria-label={M.runNow}>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? M.runNowPending : M.runNow}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
