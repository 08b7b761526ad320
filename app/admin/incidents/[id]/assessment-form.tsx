"use client";

import { useState } from "react";
import { Badge, Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { INCIDENT_MESSAGES as LIB_MESSAGES } from "@/lib/incidents/messages";
import {
  CIRCUMSTANCE_VALUES,
  computeSeverity,
  EASE_OF_IDENTIFICATION_VALUES,
  severityInputProblem,
  type SeverityInput,
  type SeverityResult,
} from "@/lib/incidents/severity";
import { BAND_LABELS, BAND_MEANINGS, SEVERITY_EXPLANATIONS } from "../messages";
import { assessIncidentAction } from "./actions";
import { AssessmentBandBadge } from "./assessment-band-badge";

/** The score as staff type, or what is outside the method (the server refuses the same). */
function liveResult(input: SeverityInput): SeverityResult | string {
  const problem = severityInputProblem(input);
  return problem ? LIB_MESSAGES.severityInput(problem).en : computeSeverity(input);
}

/** B7: the ENISA inputs with their explanations and the score computed as staff type (advisory). */
export function AssessmentForm({
  incidentId,
  specialCategory,
}: {
  incidentId: string;
  specialCategory: boolean;
}) {
  const { state, formAction, pending, fieldError } = useActionForm(assessIncidentAction);
  const [input, setInput] = useState<SeverityInput>({
    dpc: 1,
    ei: 0.25,
    cbConfidentiality: 0,
    cbIntegrity: 0,
    cbAvailability: 0,
    cbMalicious: false,
    specialCategory,
  });
  const set = (field: keyof SeverityInput, value: number | boolean) =>
    setInput((current) => ({ ...current, [field]: value }));
  const result = liveResult(input);
  const circumstance = (field: "cbConfidentiality" | "cbIntegrity" | "cbAvailability", label: string) => (
    <FormField
      id={`assessment-${field}`}
      label={label}
      hint={SEVERITY_EXPLANATIONS[field]}
      error={fieldError(field)}
    >
      <Select name={field} value={String(input[field])} onChange={(e) => set(field, Number(e.target.value))}>
        {CIRCUMSTANCE_VALUES.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </Select>
    </FormField>
  );
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Assess severity">
      <input type="hidden" name="id" value={incidentId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="assessment-dpc"
          label="Data processing context (DPC)"
          hint={SEVERITY_EXPLANATIONS.dpc}
          error={fieldError("dpc")}
        >
          <Input
            name="dpc"
            type="number"
            min={1}
            max={4}
            step="any"
            value={String(input.dpc)}
            onChange={(e) => set("dpc", e.target.value === "" ? Number.NaN : Number(e.target.value))}
            required
          />
        </FormField>
        <FormField
          id="assessment-ei"
          label="Ease of identification (EI)"
          hint={SEVERITY_EXPLANATIONS.ei}
          error={fieldError("ei")}
        >
          <Select name="ei" value={String(input.ei)} onChange={(e) => set("ei", Number(e.target.value))}>
            {EASE_OF_IDENTIFICATION_VALUES.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
        </FormField>
        {circumstance("cbConfidentiality", "Loss of confidentiality")}
        {circumstance("cbIntegrity", "Loss of integrity")}
        {circumstance("cbAvailability", "Loss of availability")}
        <div className="space-y-1.5">
          <label className="flex items-start gap-2 text-sm font-medium text-gray-900">
            <input
              type="checkbox"
              name="cbMalicious"
              className="mt-0.5"
              checked={input.cbMalicious}
              onChange={(e) => set("cbMalicious", e.target.checked)}
              aria-describedby="assessment-malicious-hint"
            />
            Malicious intent
          </label>
          <p id="assessment-malicious-hint" className="text-sm text-gray-600">
            {SEVERITY_EXPLANATIONS.cbMalicious}
          </p>
        </div>
      </div>
      <FormField
        id="assessment-notes"
        label="Notes"
        hint="Optional: why you chose these values."
        error={fieldError("notes")}
      >
        <TextArea name="notes" rows={2} maxLength={2000} />
      </FormField>
      <output
        htmlFor="assessment-dpc assessment-ei assessment-cbConfidentiality assessment-cbIntegrity assessment-cbAvailability"
        aria-live="polite"
        className="block rounded-md bg-gray-50 p-3 text-sm text-gray-900"
        data-testid="live-severity"
      >
        {typeof result === "string" ? (
          <span className="text-danger-800">{result}</span>
        ) : (
          <>
            <span>
              Score SE = {input.dpc} × {input.ei} +{" "}
              {(
                input.cbConfidentiality +
                input.cbIntegrity +
                input.cbAvailability +
                (input.cbMalicious ? 0.5 : 0)
              ).toFixed(2)}{" "}
              = <strong>{result.score.toFixed(2)}</strong>{" "}
            </span>
            <AssessmentBandBadge band={result.band} />
            {result.raisedForSpecialCategory && (
              <Badge className="ml-2">
                Raised from {BAND_LABELS[result.scoreBand].toLowerCase()}: special-category data
              </Badge>
            )}
            <span className="mt-1 block text-gray-700">{BAND_MEANINGS[result.band]}</span>
          </>
        )}
      </output>
      <p className="text-sm text-gray-600">Advisory only: the score never holds back a notification.</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save assessment"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
