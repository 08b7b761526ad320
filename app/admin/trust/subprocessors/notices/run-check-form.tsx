"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { runWindowCheckAction } from "./actions";
import { NOTICE_MATRIX_MESSAGES as M } from "./messages";

export function RunCheckForm() {
  const { state, formAction, pending } = useActionForm(runWindowCheckAction);
  return (
    <form action={formAction} className="space-y-2" aria-label={M.runNow}>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? M.running : M.runNow}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
