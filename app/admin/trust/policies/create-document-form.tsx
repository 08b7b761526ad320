"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { createCustomDocumentAction } from "./actions";

/** A new custom page: its address and titles; the editor opens next. */
export function CreateDocumentForm() {
  const [state, action, pending] = useActionState<ActionResult<never> | null, FormData>(
    createCustomDocumentAction,
    null,
  );
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Create a custom page">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
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
