"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/http/action";
import { createAccountAction } from "./actions";

type State = { result: ActionResult<never>; name: string } | null;

/**
 * For an invited address without an account: name and password, then straight into the portal (or, with
 * the staff invitation's `action`, into the staff console).
 */
export function CreateAccountForm({
  token,
  hint,
  action: accept = createAccountAction,
}: {
  token: string;
  hint: string;
  action?: typeof createAccountAction;
}) {
  // React resets the form after every submission; the name comes back as its default so a refused
  // password does not cost the user what they typed (the password itself is not kept).
  const [state, action, pending] = useActionState<State, FormData>(
    async (_previous, formData) => ({
      result: await accept(null, formData),
      name: String(formData.get("name") ?? ""),
    }),
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  return (
    <form action={action} className="space-y-5" noValidate>
      {failure && <Alert tone="danger">{failure.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <FormField label="Your name" id="invite-name" error={failure?.fieldErrors?.name?.[0]}>
        <Input name="name" defaultValue={state?.name ?? ""} autoComplete="name" required maxLength={120} />
      </FormField>
      <FormField
        label="Choose a password"
        id="invite-password"
        hint={hint}
        error={failure?.fieldErrors?.password?.[0]}
      >
        <Input name="password" type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account and join"}
      </Button>
    </form>
  );
}
