"use client";

import { Button, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { updateBreachContactsAction } from "./actions";

export function BreachContactsForm({ slug, contacts }: { slug: string; contacts: string[] }) {
  const { state, formAction, pending, fieldError } = useActionForm(updateBreachContactsAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Breach notification contacts">
      <input type="hidden" name="slug" value={slug} />
      <FormField
        id="breach-contacts"
        label="Additional addresses"
        hint="One per line, at most 10 — e.g. your privacy team's mailbox. Owners, admins and privacy officers always receive breach notifications."
        error={fieldError("contacts")}
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
      <FormResult state={state} />
    </form>
  );
}
