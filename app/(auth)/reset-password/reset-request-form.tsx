"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { requestPasswordResetAction } from "./actions";

/** The answer never says whether the address has an account (S3). */
export function ResetRequestForm() {
  const [state, action, pending] = useActionState<ActionResult<string> | null, FormData>(
    requestPasswordResetAction,
    null,
  );
  return (
    <form action={action} className="space-y-5" noValidate>
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
      <FormField
        label="Email"
        id="reset-email"
        error={state && !state.ok ? state.fieldErrors?.email?.[0] : undefined}
      >
        <Input name="email" type="email" autoComplete="email" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
