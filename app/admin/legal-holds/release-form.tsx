"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { releaseHoldAction } from "./actions";

/** Release a hold with a reason; the deletions it deferred run again. */
export function ReleaseHoldForm({ holdId, reference }: { holdId: string; reference: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(releaseHoldAction);
  return (
    <form action={formAction} className="space-y-2" aria-label={`Release ${reference}`} noValidate>
      <input type="hidden" name="holdId" value={holdId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-48">
          <FormField
            id={`release-reason-${holdId}`}
            label={
              <>
                Reason for the release<span className="sr-only"> of {reference}</span>
              </>
            }
            error={fieldError("reason")}
          >
            <Input name="reason" required minLength={3} maxLength={1000} />
          </FormField>
        </div>
        <Button type="submit" size="sm" variant="danger" disabled={pending}>
          {pending ? "Releasing…" : "Release"}
        </Button>
      </div>
      <FormResult state={state} />
    </form>
  );
}
