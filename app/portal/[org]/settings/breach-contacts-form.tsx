"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, TextArea } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { updateBreachContactsAction } from "./actions";

export function BreachContactsForm({ slug, contacts }: { slug: string; contacts: string[] }) {
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(
    updateBreachContactsAction,
    null,
  );
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Breach notification contacts">
      <input type="hidden" name="slug" value={slug} />
      <FormField
        id="breach-contacts"
        label="Additional addresses"
        hint="One per line, at most 10 — e.g. your privacy team's mailbox. Owners, admins and privacy officers always receive breach notifications."
        error={state && !state.ok ? state.fieldErrors?.contacts?.[0] : undefined}
      >
        <TextArea
          name="contacts"
          rows={3}
          defaultValue={contacts.join("\n")}
          spellCheck={false}
          className="font-mono"
        />
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save contacts"}
      </Button>
      <div aria-live="polite">
        {state && (
          <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>
        )}
      </div>
    </form>
  );
}
