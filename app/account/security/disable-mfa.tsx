"use client";

import { Alert, Button, Dialog } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { disableMfaAction } from "./actions";

export function DisableMfa({ locked }: { locked: boolean }) {
  // Success re-renders the page without this section; only a refusal is shown here.
  const { state, formAction: action, pending } = useActionForm(disableMfaAction);
  return (
    <div className="space-y-3">
      {state && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      {locked ? (
        <Button variant="danger" disabled>
          Turn off two-factor authentication
        </Button>
      ) : (
        <Dialog
          triggerLabel="Turn off two-factor authentication"
          triggerVariant="danger"
          title="Turn off two-factor authentication?"
          closeLabel="Cancel"
        >
          <form action={action} className="space-y-4">
            <p className="text-sm text-gray-700">
              Signing in will only need your password again, your authenticator app and backup codes will stop
              working, and you will be signed out everywhere else.
            </p>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Turning off…" : "Turn off"}
            </Button>
          </form>
        </Dialog>
      )}
    </div>
  );
}
