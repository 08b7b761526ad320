"use client";

import { Alert, Button } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { regenerateBackupCodesAction } from "./actions";
import { BackupCodesList } from "./backup-codes-list";

export function RegenerateBackupCodes({ locked }: { locked: boolean }) {
  const { state, formAction: action, pending } = useActionForm(regenerateBackupCodesAction);
  if (state?.ok)
    return <BackupCodesList codes={state.data.backupCodes} accountLabel={state.data.accountLabel} />;
  return (
    <form action={action} className="space-y-3">
      {state && <Alert tone="danger">{state.message}</Alert>}
      <p className="text-sm text-gray-700">
        Creating a new set makes all your current backup codes stop working.
      </p>
      <Button type="submit" variant="secondary" disabled={pending || locked}>
        {pending ? "Creating…" : "Create new backup codes"}
      </Button>
    </form>
  );
}
