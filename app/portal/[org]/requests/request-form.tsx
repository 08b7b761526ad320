"use client";
// The request form (A7, A15): filing a new request, or instructing one that was forwarded to the
// organisation (its type is fixed then). Works before its scripts load: every field is there. The received
// time is read in the person's time zone (the portal's ReaderTimeZone: their own, else the organisation's;
// named in the label and sent with the form); once loaded, only the fields of the chosen type are shown.
// Field errors come in the reader's language (the action's schema is built per language).
import { useState, useSyncExternalStore } from "react";
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { Button, ButtonLink, FormField, Input, Select, TextArea, useReaderTimeZone } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import { ZonedDateTimeInput } from "../breach-notifications/[id]/zoned-date-time-input";
import { fileRequestAction, instructForwardedAction } from "./actions";
import { REQUEST_FORM_MESSAGES as M } from "./messages";

const subscribe = () => () => {};
const CORRECTION_TYPES = ["RECTIFICATION"];
const SCOPE_TYPES = ["RESTRICTION", "OBJECTION"];

export type RequestFormProps = {
  slug: string;
  locale: Locale;
  types: { value: string; label: string }[];
  /** Instructing a forwarded request: its id and type; the subject's email as the data subject gave it. */
  instruct?: { id: string; type: string; typeLabel: string; email: string };
};

export function RequestForm({ slug, locale, types, instruct }: RequestFormProps) {
  const { state, formAction, pending, fieldError } = useActionForm(
    instruct ? instructForwardedAction : fileRequestAction,
  );
  const submit = useSubmitWithoutReset(formAction);
  const timeZone = useReaderTimeZone();
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [type, setType] = useState(instruct?.type ?? "");
  const t = (text: Text) => localize(text, locale);
  const error = fieldError;
  const shown = (forTypes: string[]) => !hydrated || forTypes.includes(type);
  const id = (name: string) => `${instruct ? "instruct" : "request"}-${name}`;
  return (
    <form
      action={formAction}
      onSubmit={submit}
      className="max-w-2xl space-y-5"
      noValidate
      aria-label={instruct ? t(M.instructTitle) : t(M.formLabel)}
    >
      <FormResult state={state} />
      <input type="hidden" name="organization" value={slug} />
      <input type="hidden" name="timeZone" value={timeZone} />
      {instruct ? (
        <>
          <input type="hidden" name="id" value={instruct.id} />
          <input type="hidden" name="type" value={instruct.type} />
          <p className="text-sm">
            <span className="font-medium">{t(M.typeIs)}:</span> {instruct.typeLabel}
          </p>
        </>
      ) : (
        <FormField label={t(M.type)} id={id("type")} error={error("type")}>
          <Select name="type" value={type} onChange={(event) => setType(event.target.value)} required>
            <option value="">{t(M.chooseType)}</option>
            {types.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <fieldset className="space-y-3" aria-describedby={id("subject-hint")}>
        <legend className="text-sm font-medium text-gray-900">{t(M.subjectLegend)}</legend>
        <p id={id("subject-hint")} className="text-sm text-gray-600">
          {t(M.subjectHint)}
        </p>
        {error("subject") && (
          <p className="text-sm font-medium text-danger-700" role="alert">
            {error("subject")}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t(M.email)} id={id("email")}>
            <Input
              name="subjectEmail"
              type="email"
              autoComplete="off"
              maxLength={254}
              defaultValue={instruct?.email ?? ""}
              aria-invalid={error("subject") ? true : undefined}
            />
          </FormField>
          <FormField label={t(M.externalId)} id={id("external-id")}>
            <Input
              name="subjectExternalId"
              autoComplete="off"
              maxLength={200}
              aria-invalid={error("subject") ? true : undefined}
            />
          </FormField>
        </div>
      </fieldset>
      <FormField
        label={t(M.receivedAt(timeZone))}
        id={id("received-at")}
        hint={t(M.receivedHint)}
        error={error("receivedAt")}
      >
        <ZonedDateTimeInput
          name="receivedAt"
          instant=""
          timeZone={timeZone}
          min={DATE_INPUT_BOUNDS.minDateTime}
          max={DATE_INPUT_BOUNDS.maxDateTime}
          required
        />
      </FormField>
      {shown(CORRECTION_TYPES) && (
        <FormField
          label={t(M.corrections)}
          id={id("corrections")}
          hint={t(M.correctionsHint)}
          error={error("corrections")}
        >
          <TextArea name="corrections" rows={4} maxLength={60_000} />
        </FormField>
      )}
      {shown(SCOPE_TYPES) && (
        <FormField label={t(M.scope)} id={id("scope")} hint={t(M.scopeHint)} error={error("scope")}>
          <TextArea name="scope" rows={3} maxLength={2000} />
        </FormField>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t(M.instructionReference)}
          id={id("instruction-reference")}
          error={error("instructionReference")}
        >
          <Input name="instructionReference" maxLength={200} autoComplete="off" />
        </FormField>
      </div>
      <FormField label={t(M.note)} id={id("note")} error={error("note")}>
        <TextArea name="note" rows={3} maxLength={4000} />
      </FormField>
      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id={id("identity-verified")}
            name="identityVerified"
            type="checkbox"
            className="mt-1 h-4 w-4 shrink-0"
            aria-invalid={error("identityVerified") ? true : undefined}
            aria-describedby={error("identityVerified") ? id("identity-verified-error") : undefined}
          />
          <label htmlFor={id("identity-verified")} className="text-sm text-gray-900">
            {t(M.attestation)}
          </label>
        </div>
        {error("identityVerified") && (
          <p id={id("identity-verified-error")} className="text-sm font-medium text-danger-700">
            {error("identityVerified")}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {instruct
            ? pending
              ? t(M.instructing)
              : t(M.instructSubmit)
            : pending
              ? t(M.submitting)
              : t(M.submit)}
        </Button>
        {!instruct && (
          <ButtonLink href={`/portal/${slug}/requests`} variant="secondary">
            {t(M.cancel)}
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
