"use client";

import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { SYSTEMS_MESSAGES as M } from "../messages";
import { rotateSecretAction } from "./actions";

/** Generates (or replaces) the signing secret and shows it this once. */
export function SecretForm({ id, hasSecret }: { id: string; hasSecret: boolean }) {
  const { state, formAction, pending } = useActionForm(rotateSecretAction);
  return (
    <form action={formAction} className="space-y-4" aria-label="Signing secret">
      <div aria-live="polite">
        {state?.ok && (
          <Alert tone="success">
            <p>{state.data.message}</p>
            <code className="mt-2 block font-mono text-sm break-all select-all" data-testid="new-secret">
              {state.data.secret}
            </code>
          </Alert>
        )}
        {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      </div>
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-gray-700">{hasSecret || state?.ok ? M.secretSet : M.secretMissing}</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? M.rotating : hasSecret || state?.ok ? M.rotate : M.generate}
      </Button>
    </form>
  );
}
