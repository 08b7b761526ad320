"use client";

import { Button, FormField, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { recordDeterminationAction } from "./actions";

/** B5: record that the incident is not a personal-data breach, or not notifiable, with the reasoning. */
export function RegisterDeterminationForm({ incidentId, reason }: { incidentId: string; reason: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(recordDeterminationAction);
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label="Record that no notification is needed"
    >
      <input type="hidden" name="id" value={incidentId} />
      <FormField id="determination" label="Determination" error={fieldError("determination")}>
        <Select name="determination" defaultValue="NOT_NOTIFIABLE">
          <option value="NOT_NOTIFIABLE">Not notifiable (unlikely to result in a risk to individuals)</option>
          <option value="NOT_PERSONAL_DATA_BREACH">Not a personal-data breach</option>
        </Select>
      </FormField>
      <FormField
        id="determination-reason"
        label="Reasoning"
        hint="Required (Art. 33(5)): the facts and why they lead to this conclusion. Kept in the register and its export."
        error={fieldError("reason")}
      >
        <TextArea name="reason" rows={4} maxLength={5000} defaultValue={reason} required />
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Recording…" : "Record determination"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
