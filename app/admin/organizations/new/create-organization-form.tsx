"use client";

import { Button, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { submitKeepingInput } from "../submit-keeping-input";
import { createOrganizationAction } from "../actions";
import { ContractFields, type ContractValues } from "../contract-fields";
import { ORGANIZATIONS_MESSAGES } from "../messages";

const FIELDS = ORGANIZATIONS_MESSAGES.fields;

/** Name, slug and contract settings; on success the action opens the new organisation's page. */
export function CreateOrganizationForm({
  defaults,
  timeZones,
}: {
  defaults: ContractValues;
  timeZones: readonly string[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(createOrganizationAction);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingInput(formAction)}
      className="max-w-xl space-y-4"
      noValidate
      aria-label={ORGANIZATIONS_MESSAGES.newTitle}
    >
      <FormResult state={state} />
      <FormField id="org-name" label={FIELDS.name.label} hint={FIELDS.name.hint} error={fieldError("name")}>
        <Input name="name" autoComplete="organization" />
      </FormField>
      <FormField id="org-slug" label={FIELDS.slug.label} hint={FIELDS.slug.hint} error={fieldError("slug")}>
        <Input name="slug" autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </FormField>
      <ContractFields idPrefix="org" values={defaults} timeZones={timeZones} fieldError={fieldError} />
      <Button type="submit" disabled={pending}>
        {pending ? ORGANIZATIONS_MESSAGES.creating : ORGANIZATIONS_MESSAGES.create}
      </Button>
    </form>
  );
}
