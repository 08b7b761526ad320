"use client";

import { startTransition, useState, type FormEvent } from "react";
import { Alert, Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { daysBetween, parseIsoDate } from "@/lib/time/calendar-date";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import { announceChangeAction, previewNoticeAction } from "./actions";
import { NoticePreviewPanel } from "./notice-preview-panel";

type ChangeType = "ADD" | "REPLACE" | "REMOVE";

export type StoppableOption = { id: string; label: string };

const TYPES: { value: ChangeType; label: string; hint: string }[] = [
  { value: "ADD", label: "Add", hint: "A new subprocessor starts on the effective date." },
  { value: "REPLACE", label: "Replace", hint: "A new subprocessor takes over from one on the list." },
  { value: "REMOVE", label: "Remove", hint: "A subprocessor stops on the effective date." },
];

type Props = {
  stoppable: StoppableOption[];
  today: string;
  defaultEffectiveDate: string;
  noticePeriodDays: number;
  transferMechanisms: string[];
};

/**
 * Announce a change: the list changes on the effective date; after a preview, every customer organisation
 * is notified and subscribers are emailed. A date closer than the longest notice period of the customers'
 * DPAs needs the "shorter notice" box (the server checks it too).
 */
export function AnnounceForm(props: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(announceChangeAction);
  const preview = useActionForm(previewNoticeAction);
  // A success starts a fresh, empty form: the fields are keyed by the change last announced (updated
  // while rendering, React's pattern for state that follows a prop); a refusal keeps what was typed.
  const [announced, setAnnounced] = useState<string | null>(null);
  if (state?.ok && state.data.changeId !== announced) setAnnounced(state.data.changeId);
  // GDPR.md C2: staff see the notice and its recipients before sending; announcing is offered after that.
  const previewed = preview.state?.ok ? preview.state.data : null;

  // Submitted by hand so a refused announcement keeps what was typed (a form action would reset it); the
  // button pressed decides between the preview and the announcement.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const previewing = submitter?.getAttribute("value") === "preview";
    startTransition(() => (previewing ? preview.formAction(data) : formAction(data)));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6" aria-label="Announce a change">
      <FormResult state={state} success={(data) => data.message} />
      <ChangeFields
        key={announced ?? "first"}
        {...props}
        fieldError={(name) => fieldError(name) ?? preview.fieldError(name)}
      />
      {preview.state && !preview.state.ok && <FormResult state={preview.state} />}
      {previewed && <NoticePreviewPanel preview={previewed} />}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="step" value="preview" variant="secondary" disabled={preview.pending}>
          {preview.pending ? "Preparing preview…" : "Preview notice and recipients"}
        </Button>
        <Button type="submit" disabled={pending || !previewed}>
          {pending ? "Announcing…" : "Announce change and notify customers"}
        </Button>
      </div>
    </form>
  );
}

function ChangeFields({
  stoppable,
  today,
  defaultEffectiveDate,
  noticePeriodDays,
  transferMechanisms,
  fieldError,
}: Props & { fieldError: (name: string) => string | undefined }) {
  const [type, setType] = useState<ChangeType>("ADD");
  const [effectiveDate, setEffectiveDate] = useState(defaultEffectiveDate);

  const chosen = parseIsoDate(effectiveDate);
  const todayDate = parseIsoDate(today);
  const noticeDays = chosen && todayDate ? daysBetween(todayDate, chosen) : null;
  const shortNotice = noticeDays !== null && noticeDays >= 0 && noticeDays < noticePeriodDays;
  const addsOne = type !== "REMOVE";

  return (
    <>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-900">What changes</legend>
        {TYPES.map((option) => (
          <label key={option.value} className="flex items-start gap-3 text-sm">
            <input
              type="radio"
              name="type"
              value={option.value}
              checked={type === option.value}
              onChange={() => setType(option.value)}
              className="mt-1 size-4"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-gray-600">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {type !== "ADD" && (
        <FormField
          id="announce-stoppingId"
          label={type === "REPLACE" ? "Subprocessor that is replaced" : "Subprocessor that stops"}
          error={fieldError("stoppingId")}
        >
          <Select name="stoppingId" required defaultValue="">
            <option value="" disabled>
              Choose…
            </option>
            {stoppable.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </Select>
        </FormField>
      )}

      {addsOne && (
        <fieldset className="space-y-4 rounded-md border border-gray-200 p-4">
          <legend className="px-1 text-sm font-medium text-gray-900">
            {type === "REPLACE" ? "The new subprocessor" : "The subprocessor added"}
          </legend>
          <FormField id="announce-name" label="Company name" error={fieldError("name")}>
            <Input name="name" required maxLength={120} autoComplete="off" />
          </FormField>
          <div className="grid gap-4 md:grid-cols-2">
            <FormField id="announce-purpose" label="Purpose (English)" error={fieldError("purpose")}>
              <TextArea name="purpose" rows={2} required maxLength={500} />
            </FormField>
            <FormField
              id="announce-purposeDe"
              label="Purpose (German, optional)"
              hint="Empty: German pages show the English text."
              error={fieldError("purposeDe")}
            >
              <TextArea name="purposeDe" rows={2} maxLength={500} lang="de" />
            </FormField>
            <FormField
              id="announce-dataCategories"
              label="Data categories (English)"
              hint="One per line."
              error={fieldError("dataCategories")}
            >
              <TextArea name="dataCategories" rows={4} required />
            </FormField>
            <FormField
              id="announce-dataCategoriesDe"
              label="Data categories (German, optional)"
              hint="One per line."
              error={fieldError("dataCategoriesDe")}
            >
              <TextArea name="dataCategoriesDe" rows={4} lang="de" />
            </FormField>
            <FormField
              id="announce-location"
              label="Location"
              hint="City or region where the data is processed."
              error={fieldError("location")}
            >
              <Input name="location" required maxLength={200} />
            </FormField>
            <FormField
              id="announce-country"
              label="Country code"
              hint="ISO 3166-1 alpha-2, e.g. DE, FR, US."
              error={fieldError("country")}
            >
              <Input name="country" required maxLength={2} className="uppercase" autoComplete="off" />
            </FormField>
            <FormField
              id="announce-transferMechanism"
              label="Transfer mechanism"
              hint="Pick a suggestion or type another."
              error={fieldError("transferMechanism")}
            >
              <Input
                name="transferMechanism"
                required
                maxLength={200}
                list="transfer-mechanisms"
                autoComplete="off"
              />
            </FormField>
            <FormField
              id="announce-website"
              label="Website (optional)"
              hint="https:// address."
              error={fieldError("website")}
            >
              <Input name="website" type="url" maxLength={300} placeholder="https://" />
            </FormField>
            <FormField
              id="announce-dpaReference"
              label="DPA reference (optional, internal)"
              hint="Your reference for the agreement with this subprocessor; not shown publicly."
              error={fieldError("dpaReference")}
            >
              <Input name="dpaReference" maxLength={200} />
            </FormField>
          </div>
          <datalist id="transfer-mechanisms">
            {transferMechanisms.map((mechanism) => (
              <option key={mechanism} value={mechanism} />
            ))}
          </datalist>
        </fieldset>
      )}

      <div className="space-y-3">
        <FormField
          id="announce-effectiveDate"
          label="Effective date"
          hint={`Default: ${noticePeriodDays} days from today, the notice the DPA promises. Dates are calendar days (UTC).`}
          error={fieldError("effectiveDate")}
        >
          <Input
            name="effectiveDate"
            type="date"
            required
            min={today}
            max={DATE_INPUT_BOUNDS.maxDay}
            value={effectiveDate}
            onChange={(event) => setEffectiveDate(event.target.value)}
          />
        </FormField>
        {shortNotice && (
          <Alert tone="warning" title="Shorter notice than the DPA promises">
            This change takes effect in {noticeDays} day(s); the DPA promises {noticePeriodDays} days&apos;
            notice so customers can object in time. Announce it anyway only if there is a reason (e.g. an
            emergency replacement), and confirm below.
          </Alert>
        )}
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="shorterNotice" className="mt-0.5 size-4" />
          <span>
            Announce with shorter notice than {noticePeriodDays} days (needed when the date is less than{" "}
            {noticePeriodDays} days away).
          </span>
        </label>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          id="announce-note"
          label="Note (English)"
          hint="Why, and what it means for customers. Shown publicly and in the email."
          error={fieldError("note")}
        >
          <TextArea name="note" rows={4} maxLength={2000} />
        </FormField>
        <FormField id="announce-noteDe" label="Note (German, optional)" error={fieldError("noteDe")}>
          <TextArea name="noteDe" rows={4} maxLength={2000} lang="de" />
        </FormField>
      </div>
    </>
  );
}
