"use client";
// The console's forms on one request: assign, extend (A2/A3), decline (A4), comment. Each keeps what was
// typed after a refusal and says what happened.
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { assignAction, commentAction, declineAction, extendAction } from "../actions";
import { DETAIL_MESSAGES as M } from "../messages";

export function AssignForm({
  id,
  assigneeId,
  staff,
}: {
  id: string;
  assigneeId: string | null;
  staff: { id: string; name: string; email: string }[];
}) {
  const { state, formAction, pending } = useActionForm(assignAction);
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-3" aria-label={M.assignTitle}>
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField label={M.assignee} id="assignee">
        <Select name="assigneeId" defaultValue={assigneeId ?? ""}>
          <option value="">{M.nobody}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.email})
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? M.assigning : M.assign}
      </Button>
    </form>
  );
}

export function ExtendForm({
  id,
  latest,
  latestLabel,
  processorOverdue,
}: {
  id: string;
  /** YYYY-MM-DD of the latest allowed due date, prefilled. */
  latest: string;
  latestLabel: string;
  processorOverdue: boolean;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(extendAction);
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-4" noValidate aria-label={M.extendTitle}>
      <p className="text-sm text-gray-700">{M.extendRules(latestLabel)}</p>
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={M.newDueDate} id="extend-date" error={fieldError("newDueDate")}>
          <Input name="newDueDate" type="date" defaultValue={latest} min="2000-01-01" max="2100-12-31" />
        </FormField>
        <FormField label={M.ground} id="extend-ground" error={fieldError("ground")}>
          <Select name="ground" defaultValue="complexity">
            {Object.entries(M.grounds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <FormField label={M.extendReason} id="extend-reason" error={fieldError("reason")}>
        <TextArea name="reason" rows={3} maxLength={2000} />
      </FormField>
      {processorOverdue && (
        <div className="flex items-start gap-3">
          <input
            id="extend-not-delay"
            name="notProcessorDelay"
            type="checkbox"
            className="mt-1 h-4 w-4 shrink-0"
          />
          <label htmlFor="extend-not-delay" className="text-sm text-gray-900">
            {M.notProcessorDelay}
          </label>
        </div>
      )}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? M.extending : M.extend}
      </Button>
    </form>
  );
}

export function DeclineForm({ id }: { id: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(declineAction);
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-3" noValidate aria-label={M.declineTitle}>
      <p className="text-sm text-gray-700">{M.declineText}</p>
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField label={M.declineReason2} id="decline-reason" error={fieldError("reason")}>
        <TextArea name="reason" rows={3} maxLength={2000} />
      </FormField>
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {pending ? M.declining : M.decline}
      </Button>
    </form>
  );
}

export function CommentForm({ id }: { id: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(commentAction);
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={M.addComment}>
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField label={M.comment} id="comment-body" error={fieldError("body")}>
        <TextArea name="body" rows={3} maxLength={4000} />
      </FormField>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? M.adding : M.addComment}
      </Button>
    </form>
  );
}
