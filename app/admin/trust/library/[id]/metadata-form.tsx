"use client";

import { useActionState } from "react";
import { Alert, Button } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { updateLibraryMetadataAction } from "../actions";
import { MetadataFields, type MetadataDefaults } from "../metadata-fields";

export function MetadataForm({ documentId, defaults }: { documentId: string; defaults: MetadataDefaults }) {
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(
    updateLibraryMetadataAction,
    null,
  );
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Edit the description">
      <div aria-live="polite">
        {state && (
          <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>
        )}
      </div>
      <input type="hidden" name="documentId" value={documentId} />
      <MetadataFields idPrefix="edit" defaults={defaults} errors={fieldError} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
