"use client";

import { startTransition, type FormEvent } from "react";
import { Button, FormField, Input, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { editDetailsAction } from "./actions";

export type EditableDetails = {
  id: string;
  name: string;
  purpose: string;
  purposeDe: string;
  dataCategoriesDe: string[];
  website: string;
  dpaReference: string;
};

/** Corrections only: who processes what, where, is changed by announcing a change, not here. */
export function EditDetailsForm({ subprocessor }: { subprocessor: EditableDetails }) {
  const { state, formAction, pending, fieldError } = useActionForm(editDetailsAction);
  const id = (field: string) => `edit-${subprocessor.id}-${field}`;

  // Submitted by hand so the fields keep their (saved or refused) values.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      aria-label={`Edit details of ${subprocessor.name}`}
    >
      <FormResult state={state} />
      <p className="text-sm text-gray-600">
        For corrections of wording only. To change who processes data, what data, where or under which
        transfer mechanism, announce a change: customers must be told.
      </p>
      <input type="hidden" name="subprocessorId" value={subprocessor.id} />
      <FormField id={id("purpose")} label="Purpose (English)" error={fieldError("purpose")}>
        <TextArea name="purpose" rows={2} required maxLength={500} defaultValue={subprocessor.purpose} />
      </FormField>
      <FormField
        id={id("purposeDe")}
        label="Purpose (German)"
        hint="Empty: German pages show the English text."
        error={fieldError("purposeDe")}
      >
        <TextArea name="purposeDe" rows={2} maxLength={500} lang="de" defaultValue={subprocessor.purposeDe} />
      </FormField>
      <FormField
        id={id("dataCategoriesDe")}
        label="Data categories (German)"
        hint="One per line, in the order of the English list."
        error={fieldError("dataCategoriesDe")}
      >
        <TextArea
          name="dataCategoriesDe"
          rows={4}
          lang="de"
          defaultValue={subprocessor.dataCategoriesDe.join("\n")}
        />
      </FormField>
      <FormField id={id("website")} label="Website" error={fieldError("website")}>
        <Input name="website" type="url" maxLength={300} defaultValue={subprocessor.website} />
      </FormField>
      <FormField id={id("dpaReference")} label="DPA reference (internal)" error={fieldError("dpaReference")}>
        <Input name="dpaReference" maxLength={200} defaultValue={subprocessor.dpaReference} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save corrections"}
      </Button>
    </form>
  );
}
