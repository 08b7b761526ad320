"use client";

import { Button, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { declareBreachAction } from "./actions";

/** B1: declare a personal-data breach; every affected organisation gets its notification at once. */
export function RegisterDeclareForm({
  incidentId,
  declared,
  reachedThroughSystems,
}: {
  incidentId: string;
  declared: boolean;
  reachedThroughSystems: string[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(declareBreachAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Declare a personal-data breach">
      <input type="hidden" name="id" value={incidentId} />
      {reachedThroughSystems.length > 0 && (
        <label className="flex items-start gap-2 text-sm text-gray-900">
          <input type="checkbox" name="includeSystemOrganizations" className="mt-0.5" />
          <span>
            Also notify every organisation whose data an affected system holds, resolved at this moment (now:{" "}
            {reachedThroughSystems.join(", ")}).
          </span>
        </label>
      )}
      <FormField
        id="declare-reason"
        label="Notes on the determination"
        hint="Optional."
        error={fieldError("reason")}
      >
        <TextArea name="reason" rows={2} maxLength={5000} />
      </FormField>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Declaring…" : declared ? "Create missing notifications" : "Declare personal-data breach"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
