"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { verifyProviderChainAction } from "./actions";

/** Verifies the chain now: the events since the last check, or the whole chain from its first event. */
export function VerifyForm() {
  const { state, formAction, pending } = useActionForm(verifyProviderChainAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3" aria-label="Verify the chain">
      <Button type="submit" name="scope" value="new" variant="secondary" disabled={pending}>
        {pending ? "Verifying…" : "Verify new events"}
      </Button>
      <Button type="submit" name="scope" value="full" variant="ghost" disabled={pending}>
        Verify the whole chain
      </Button>
      <div className="w-full">
        <FormResult state={state} />
      </div>
    </form>
  );
}
