"use client";

import { useActionState } from "react";
import { Alert, Button, type ButtonVariant } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";

type FormAction = (previous: unknown, formData: FormData) => Promise<ActionResult<string>>;

/** A one-button form for a server action, with hidden fields and the action's message shown after. */
export function ActionButton({
  action,
  fields = {},
  label,
  pendingLabel,
  variant = "secondary",
}: {
  action: FormAction;
  fields?: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {pending ? (pendingLabel ?? label) : label}
      </Button>
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
    </form>
  );
}
