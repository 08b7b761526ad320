"use client";

import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { createHoldAction } from "./actions";

type Choices = {
  organizations: { id: string; name: string }[];
  incidents: { id: string; label: string }[];
  categories: { key: string; label: string }[];
};

/**
 * A new hold: what it covers (an organisation; a data subject of an organisation, by email or external id,
 * stored only as a keyed hash; a data category, for one organisation or all; an incident) and why.
 */
export function CreateHoldForm({ choices }: { choices: Choices }) {
  const { state, formAction, pending, fieldError } = useActionForm(createHoldAction);
  return (
    <form action={formAction} className="space-y-4" aria-label="Place a legal hold" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="hold-scope" label="Applies to" error={fieldError("scope")}>
          <Select name="scope" defaultValue="ORGANIZATION">
            <option value="ORGANIZATION">An organisation</option>
            <option value="SUBJECT">A data subject of an organisation</option>
            <option value="CATEGORY">A data category</option>
            <option value="INCIDENT">An incident</option>
          </Select>
        </FormField>
        <FormField
          id="hold-organization"
          label="Organisation"
          hint="For a data category: leave empty to hold it for every organisation."
          error={fieldError("organizationId")}
        >
          <Select name="organizationId" defaultValue="">
            <option value="">—</option>
            {choices.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="hold-email" label="Data subject's email" error={fieldError("email")}>
          <Input name="email" type="email" autoComplete="off" />
        </FormField>
        <FormField id="hold-external-id" label="Data subject's external id" error={fieldError("externalId")}>
          <Input name="externalId" autoComplete="off" />
        </FormField>
        <FormField id="hold-category" label="Data category" error={fieldError("category")}>
          <Select name="category" defaultValue="">
            <option value="">—</option>
            {choices.categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="hold-incident" label="Incident" error={fieldError("incidentId")}>
          <Select name="incidentId" defaultValue="">
            <option value="">—</option>
            {choices.incidents.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <FormField id="hold-reason" label="Reason (kept with staff)" error={fieldError("reason")}>
        <TextArea name="reason" rows={3} required minLength={3} maxLength={1000} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Placing…" : "Place hold"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
