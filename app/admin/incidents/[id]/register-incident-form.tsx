"use client";

import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { ActionResult } from "@/lib/http/action";
import { DATA_CATEGORIES } from "@/lib/incidents/register/data-categories";
import { INCIDENT_STATUSES } from "@/lib/incidents/register/input";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import { STATUS_LABELS } from "../messages";
import { RegisterCheckboxList } from "./register-checkbox-list";

type FormAction = (previous: unknown, formData: FormData) => Promise<ActionResult<string>>;

export type IncidentFormValues = {
  id: string;
  title: string;
  description: string;
  detectedAt: string;
  awareAt: string;
  dataCategories: string[];
  systemIds: string[];
  organizationIds: string[];
};

export type IncidentFormOptions = {
  systems: { id: string; name: string; organizationCount: number }[];
  organizations: { id: string; name: string; breachNotificationHours: number }[];
};

/**
 * Records a new incident, or edits `incident` (with `action` the matching server action). The times are
 * entered as wall-clock times in the person's zone (`timeZone`, named in the labels and sent with the
 * form); the register stores the UTC instants.
 */
export function RegisterIncidentForm({
  action,
  incident,
  options,
  timeZone,
}: {
  action: FormAction;
  incident?: IncidentFormValues;
  options: IncidentFormOptions;
  timeZone: string;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(action);
  const prefix = incident ? "edit" : "new";
  return (
    <form
      action={formAction}
      className="space-y-5"
      noValidate
      aria-label={incident ? "Edit incident" : "Record an incident"}
    >
      <FormResult state={state} />
      {incident && <input type="hidden" name="id" value={incident.id} />}
      <input type="hidden" name="timeZone" value={timeZone} />
      <FormField
        id={`${prefix}-title`}
        label="Title"
        hint="Short and factual, e.g. “Export bucket publicly readable”."
        error={fieldError("title")}
      >
        <Input name="title" defaultValue={incident?.title ?? ""} required maxLength={200} />
      </FormField>
      <FormField id={`${prefix}-description`} label="What happened" error={fieldError("description")}>
        <TextArea
          name="description"
          rows={5}
          maxLength={10_000}
          defaultValue={incident?.description ?? ""}
          required
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={`${prefix}-detected`}
          label={`Detected at (${timeZone})`}
          error={fieldError("detectedAt") ?? fieldError("timeZone")}
        >
          <Input
            name="detectedAt"
            type="datetime-local"
            min={DATE_INPUT_BOUNDS.minDateTime}
            max={DATE_INPUT_BOUNDS.maxDateTime}
            defaultValue={incident?.detectedAt ?? ""}
            required
          />
        </FormField>
        <FormField
          id={`${prefix}-aware`}
          label={`Became aware at (${timeZone})`}
          hint="Notification deadlines run from here."
          error={fieldError("awareAt")}
        >
          <Input
            name="awareAt"
            type="datetime-local"
            min={DATE_INPUT_BOUNDS.minDateTime}
            max={DATE_INPUT_BOUNDS.maxDateTime}
            defaultValue={incident?.awareAt ?? ""}
            required
          />
        </FormField>
      </div>
      {!incident && (
        <FormField id="new-status" label="Status" error={fieldError("status")}>
          <Select name="status" defaultValue="INVESTIGATING">
            {INCIDENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <RegisterCheckboxList
        name="dataCategories"
        legend="Data categories involved"
        hint="Special categories (Art. 9/10) keep the severity at least medium."
        choices={DATA_CATEGORIES.map((c) => ({ value: c.key, label: c.label }))}
        initial={incident?.dataCategories ?? []}
        error={fieldError("dataCategories")}
      />
      <RegisterCheckboxList
        name="systemIds"
        legend="Affected systems"
        hint={
          options.systems.length === 0
            ? "No data systems are recorded yet."
            : "When declaring a breach you can notify every organisation whose data these systems hold."
        }
        choices={options.systems.map((s) => ({
          value: s.id,
          label: s.name,
          hint: `${s.organizationCount} organisation${s.organizationCount === 1 ? "" : "s"}`,
        }))}
        initial={incident?.systemIds ?? []}
        error={fieldError("systemIds")}
      />
      <RegisterCheckboxList
        name="organizationIds"
        legend="Affected organisations"
        hint="Chosen explicitly. Organisations already notified cannot be removed."
        choices={options.organizations.map((o) => ({
          value: o.id,
          label: o.name,
          hint: `${o.breachNotificationHours} h window`,
        }))}
        initial={incident?.organizationIds ?? []}
        error={fieldError("organizationIds")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : incident ? "Save changes" : "Record incident"}
      </Button>
    </form>
  );
}
