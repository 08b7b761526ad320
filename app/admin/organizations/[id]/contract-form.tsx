"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { submitKeepingInput } from "../submit-keeping-input";
import { updateContractAction } from "../actions";
import { ContractFields, type ContractValues } from "../contract-fields";
import { ORGANIZATIONS_MESSAGES } from "../messages";

export function ContractForm({
  organizationId,
  values,
  timeZones,
}: {
  organizationId: string;
  values: ContractValues;
  timeZones: readonly string[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(updateContractAction);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingInput(formAction)}
      className="max-w-xl space-y-4"
      noValidate
      aria-label={ORGANIZATIONS_MESSAGES.contract}
    >
      <FormResult state={state} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <ContractFields idPrefix="contract" values={values} timeZones={timeZones} fieldError={fieldError} />
      <Button type="submit" disabled={pending}>
        {pending ? ORGANIZATIONS_MESSAGES.saving : ORGANIZATIONS_MESSAGES.save}
      </Button>
    </form>
  );
}
