"use client";

import { Button, type ButtonVariant } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { ActionResult } from "@/lib/http/action";

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
  const { state, formAction, pending } = useActionForm(action);
  return (
    <form action={formAction} className="inline-flex flex-col items-start">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {pending ? (pendingLabel ?? label) : label}
      </Button>
      {/* Spaced from the button only once there is a message to show. */}
      <div className="has-[[role]]:mt-2">
        <FormResult state={state} />
      </div>
    </form>
  );
}
