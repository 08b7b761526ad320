"use client";

import { Button, FormField, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { localize } from "@/lib/i18n/text";
import { OBJECTION_OUTCOME_LABELS } from "@/lib/subprocessor-notices/messages";
import { resolveObjectionAction } from "./actions";
import { OBJECTIONS_MESSAGES as M } from "./messages";

const OUTCOMES = ["WITHDRAWN", "ALTERNATIVE", "CONTRACT_TERMINATED"] as const;

export function ResolveForm(props: { noticeId: string; organization: string; subprocessor: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(resolveObjectionAction);
  const id = (field: string) => `${field}-${props.noticeId}`;
  return (
    <form
      action={formAction}
      className="space-y-3"
      noValidate
      aria-label={M.resolveLabel(props.organization, props.subprocessor)}
    >
      <input type="hidden" name="noticeId" value={props.noticeId} />
      <FormField id={id("outcome")} label={M.outcome} error={fieldError("outcome")}>
        <Select name="outcome" defaultValue="WITHDRAWN">
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {localize(OBJECTION_OUTCOME_LABELS[o])}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id={id("note")} label={M.note} hint={M.noteHint} error={fieldError("note")}>
        <TextArea name="note" rows={2} maxLength={2000} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? M.resolving : M.resolve}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
