"use client";

import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { confirmSystemAction } from "../actions";
import { CLOSURES_MESSAGES as M } from "../messages";

/** Record what staff did by hand in a manual system (or why it could not be done). */
export function ConfirmSystemForm(props: { closureId: string; systemId: string; systemName: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(confirmSystemAction);
  const id = (name: string) => `${name}-${props.systemId}`;
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-md border border-gray-300 p-3"
      aria-label={M.confirm.legend(props.systemName)}
      noValidate
    >
      <input type="hidden" name="closureId" value={props.closureId} />
      <input type="hidden" name="systemId" value={props.systemId} />
      <p className="text-sm font-medium">{M.confirm.legend(props.systemName)}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={id("outcome")} label={M.confirm.outcome} error={fieldError("outcome")}>
          <Select name="outcome" defaultValue="DONE">
            <option value="DONE">{M.confirm.done}</option>
            <option value="FAILED">{M.confirm.failed}</option>
          </Select>
        </FormField>
        <FormField id={id("records")} label={M.confirm.records} error={fieldError("records")}>
          <Input name="records" type="number" inputMode="numeric" min={0} />
        </FormField>
      </div>
      <FormField id={id("evidence")} label={M.confirm.evidence} error={fieldError("evidence")}>
        <TextArea name="evidence" rows={3} required maxLength={2000} />
      </FormField>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? M.confirm.pending : M.confirm.submit}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
