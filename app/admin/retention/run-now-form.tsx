"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { runPurgeNowAction } from "./actions";

export function RunNowForm() {
  const { state, formAction, pending } = useActionForm(runPurgeNowAction);
  return (
    <form action={formAction} className="space-y-2" aria-label="Run the purge now">
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Queuing…" : "Run purge now"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
