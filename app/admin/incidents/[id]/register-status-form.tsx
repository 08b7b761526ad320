"use client";

import { Button, FormField, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUSES } from "@/lib/incidents/register/input";
import { STATUS_LABELS } from "../messages";
import { changeIncidentStatusAction } from "./actions";

export function RegisterStatusForm({ incidentId, status }: { incidentId: string; status: IncidentStatus }) {
  const { state, formAction, pending } = useActionForm(changeIncidentStatusAction);
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
      <div className="w-full">
        <FormResult state={state} />
      </div>
    </form>
  );
}
