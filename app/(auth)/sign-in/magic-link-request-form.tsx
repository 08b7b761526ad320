"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { requestMagicLinkAction } from "../magic-link/actions";

/** "Email me a sign-in link": one field; the answer never says whether the address has an account (S3). */
export function MagicLinkRequestForm() {
  const [state, action, pending] = useActionState<ActionResult<string> | null, FormData>(
    requestMagicLinkAction,
    null,
  );
  return (
    <form action={action} aria-labelledby="magic-link-heading" className="space-y-4" noValidate>
      <h2 id="magic-link-heading" className="text-base font-semibold">
        Email me a sign-in link
      </h2>
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
      <FormField
        label="Email"
        id="magic-link-email"
        error={state && !state.ok ? state.fieldErrors?.email?.[0] : undefined}
      >
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send link"}
      </Button>
    </form>
  );
}
