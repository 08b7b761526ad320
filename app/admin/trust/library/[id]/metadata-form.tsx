"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { updateLibraryMetadataAction } from "../actions";
import { MetadataFields, type MetadataDefaults } from "../metadata-fields";

export function MetadataForm({ documentId, defaults }: { documentId: string; defaults: MetadataDefaults }) {
  const { state, formAction, pending, fieldError } = useActionForm(updateLibraryMetadataAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Edit the description">
      <FormResult state={state} />
      <input type="hidden" name="documentId" value={documentId} />
      <MetadataFields idPrefix="edit" defaults={defaults} errors={fieldError} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
