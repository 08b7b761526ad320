"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Select } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUSES } from "@/lib/incidents/register/input";
import { STATUS_LABELS } from "@/lib/incidents/register/labels";
import { changeIncidentStatusAction } from "./actions";

export function RegisterStatusForm({ incidentId, status }: { incidentId: string; status: IncidentStatus }) {
  const [state, formAction, pending] = useActionState<ActionResult<string> | null, FormData>(
    changeIncidentStatusAction,
    null,
  );
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label="Change status">
      <input type="hidden" name="id" value={incidentId} />
      <FormField id="incident-status" label="Status">
        <Select name="status" defaultValue={status}>
          {INCIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Change status"}
      </Button>
      <div aria-live="polite" className="w-full">
        {state && (
          <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>
        )}
      </div>
    </form>
  );
}
