"use client";
// Route a message from a data subject to the organisation it concerns, or close it (A7/A8).
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { Button, FormField, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { closeDirectAction, routeDirectAction } from "../actions";
import { INBOX_MESSAGES as M } from "../messages";

export function RouteForm({
  id,
  organizations,
}: {
  id: string;
  organizations: { id: string; name: string }[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(routeDirectAction);
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-3" noValidate aria-label={M.route}>
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField label={M.organization} id={`route-${id}`} error={fieldError("organizationId")}>
        <Select name="organizationId" defaultValue="">
          <option value="">{M.choose}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? M.routing : M.routeButton}
      </Button>
    </form>
  );
}

export function CloseForm({ id }: { id: string }) {
  const { state, formAction, pending, fieldError } = useActionForm(closeDirectAction);
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-3" noValidate aria-label={M.close}>
      <FormResult state={state} />
      <input type="hidden" name="id" value={id} />
      <FormField label={M.reason} id={`close-${id}`} error={fieldError("reason")}>
        <TextArea name="reason" rows={2} maxLength={1000} />
      </FormField>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? M.closing : M.closeButton}
      </Button>
    </form>
  );
}
