"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { createCustomDocumentAction } from "./actions";

/** A new custom page: its address and titles; the editor opens next. */
export function CreateDocumentForm() {
  const { state, formAction, pending, fieldError } = useActionForm(createCustomDocumentAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Create a custom page">
      <FormResult state={state} />
      <div className="grid gap-4 md:grid-cols-3">
        <FormField
          label="Address"
          id="custom-slug"
          hint="Shown as /en/<address> and /de/<address>, e.g. business-continuity."
          error={fieldError("slug")}
        >
          <Input name="slug" required maxLength={60} pattern="[a-z0-9]+(-[a-z0-9]+)*" autoComplete="off" />
        </FormField>
        <FormField label="English title" id="custom-title-en" error={fieldError("titleEn")}>
          <Input name="titleEn" required maxLength={200} />
        </FormField>
        <FormField
          label="German title (optional)"
          id="custom-title-de"
          hint="The English title is used until you set one."
          error={fieldError("titleDe")}
        >
          <Input name="titleDe" maxLength={200} lang="de" />
        </FormField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create page"}
      </Button>
    </form>
  );
}
