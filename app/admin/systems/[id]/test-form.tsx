"use client";

import { Alert, Button, DefinitionList } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { SYSTEMS_MESSAGES as M } from "../messages";
import { sendTestAction } from "./actions";

/** Sends a signed ping and shows the status, time and (inert) answer. */
export function TestForm({ id }: { id: string }) {
  const { state, formAction, pending } = useActionForm(sendTestAction);
  return (
    <form action={formAction} className="space-y-4" aria-label="Send test">
      <input type="hidden" name="id" value={id} />
      <div aria-live="polite">
        {state?.ok && (
          <Alert tone={state.data.ok ? "success" : "danger"}>
            <p>{M.testResult(state.data.status, state.data.ms)}</p>
            <DefinitionList
              className="mt-2"
              layout="stacked"
              items={[
                state.data.answer !== "" && {
                  term: M.testAnswer,
                  description: <code className="font-mono text-xs break-all">{state.data.answer}</code>,
                },
                state.data.error !== null && { term: M.testError, description: state.data.error },
              ]}
            />
          </Alert>
        )}
        {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      </div>
      <p className="text-sm text-gray-600">{M.testNote}</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? M.testing : M.test}
      </Button>
    </form>
  );
}
