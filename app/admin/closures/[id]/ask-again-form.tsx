"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { askSystemAgainAction } from "../actions";
import { CLOSURES_MESSAGES as M } from "../messages";

/** Ask a connected system whose attempts all failed once more. */
export function AskAgainForm(props: { closureId: string; systemId: string; systemName: string }) {
  const { state, formAction, pending } = useActionForm(askSystemAgainAction);
  return (
    <form action={formAction} className="space-y-2" aria-label={M.askAgain.label(props.systemName)}>
      <input type="hidden" name="closureId" value={props.closureId} />
      <input type="hidden" name="systemId" value={props.systemId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? M.askAgain.pending : M.askAgain.submit}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
