"use client";

import { useState } from "react";
import { Button, FormField, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { NOTIFICATION_MESSAGES } from "@/lib/incidents/notifications/messages";
import { recordArt34DecisionAction } from "./actions";

export type Art34Values = {
  highRisk: boolean;
  dataSubjectText: string;
  exemption: string;
  justification: string;
};

/** B6 (Art. 34): high risk -> the text for data subjects, or an exemption with its justification. */
export function RegisterArt34Form({ incidentId, values }: { incidentId: string; values: Art34Values }) {
  const { state, formAction, pending, fieldError } = useActionForm(recordArt34DecisionAction);
  const [highRisk, setHighRisk] = useState(values.highRisk);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Risk to data subjects (Art. 34)">
      <input type="hidden" name="id" value={incidentId} />
      <label className="flex items-start gap-2 text-sm text-gray-900">
        <input
          type="checkbox"
          name="highRisk"
          checked={highRisk}
          onChange={(e) => setHighRisk(e.target.checked)}
          className="mt-0.5"
        />
        <span>Likely to result in a high risk to the rights and freedoms of the people concerned</span>
      </label>
      {highRisk && (
        <>
          <FormField
            id="art34-text"
            label="Text for data subjects"
            hint="Plain language: what happened, the likely consequences, what we did, what they can do, whom to contact. Shown to every notified organisation."
            error={fieldError("dataSubjectText")}
          >
            <TextArea
              name="dataSubjectText"
              rows={6}
              maxLength={10_000}
              defaultValue={values.dataSubjectText}
            />
          </FormField>
          <FormField id="art34-exemption" label="Or: Art. 34(3) exemption" error={fieldError("exemption")}>
            <Select name="exemption" defaultValue={values.exemption}>
              <option value="">No exemption: the data subjects are informed</option>
              {Object.entries(NOTIFICATION_MESSAGES.art34Exemptions).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            id="art34-justification"
            label="Justification of the exemption"
            error={fieldError("justification")}
          >
            <TextArea name="justification" rows={3} maxLength={5000} defaultValue={values.justification} />
          </FormField>
        </>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Recording…" : "Record risk assessment"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
