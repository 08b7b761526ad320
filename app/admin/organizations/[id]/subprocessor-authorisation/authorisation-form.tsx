"use client";

import { Button, FormField, Input, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { SubprocessorAuthorisation } from "@/lib/generated/prisma/enums";
import { submitKeepingInput } from "../../submit-keeping-input";
import { updateAuthorisationAction } from "./actions";
import { AUTHORISATION_SETTING_MESSAGES as M } from "./messages";

export function AuthorisationForm(props: {
  organizationId: string;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(updateAuthorisationAction);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingInput(formAction)}
      className="max-w-xl space-y-4"
      noValidate
      aria-label={M.title}
    >
      <FormResult state={state} />
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <FormField id="authorisation-mode" label={M.mode} error={fieldError("mode")}>
        <Select name="mode" defaultValue={props.mode}>
          <option value="GENERAL">{M.general}</option>
          <option value="SPECIFIC">{M.specific}</option>
        </Select>
      </FormField>
      <FormField
        id="authorisation-noticeDays"
        label={M.noticeDays}
        hint={M.noticeDaysHint}
        error={fieldError("noticeDays")}
      >
        <Input name="noticeDays" type="number" min={1} max={365} defaultValue={props.noticeDays} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? M.saving : M.save}
      </Button>
    </form>
  );
}
