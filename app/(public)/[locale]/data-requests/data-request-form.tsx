"use client";
// The public form for data subjects (A7/A8). Field errors are worded here in the page's language; after
// sending, everyone reads the same answer (nothing about the company named). A honeypot field is hidden
// from people. Without JavaScript the form still posts to its action.
import { Alert, Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import type { Locale } from "@/lib/i18n/locale";
import { submitDataRequestAction } from "./actions";
import { DATA_REQUESTS, type DataRequestWords } from "./messages";

export function DataRequestForm({ locale }: { locale: Locale }) {
  const words = DATA_REQUESTS[locale];
  const { state, formAction, pending, fieldError } = useActionForm(submitDataRequestAction);
  const submit = useSubmitWithoutReset(formAction);
  const invalid = (field: keyof DataRequestWords["fieldErrors"]) =>
    fieldError(field) ? words.fieldErrors[field] : undefined;
  if (state?.ok && state.data.status === "received") {
    return (
      <Alert tone="success" title={words.receivedTitle}>
        {words.received}
      </Alert>
    );
  }
  const problem = state?.ok
    ? state.data.status === "throttled"
      ? words.throttled(state.data.minutes)
      : null
    : state
      ? state.fieldErrors
        ? words.correctFields
        : state.message
      : null;
  return (
    <form action={formAction} onSubmit={submit} className="space-y-5" noValidate aria-label={words.formLabel}>
      <div aria-live="polite">{problem && <Alert tone="danger">{problem}</Alert>}</div>
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="dsr-name" label={words.name} error={invalid("name")}>
          <Input name="name" autoComplete="name" required maxLength={200} />
        </FormField>
        <FormField id="dsr-email" label={words.email} hint={words.emailHint} error={invalid("email")}>
          <Input name="email" type="email" autoComplete="email" required maxLength={254} />
        </FormField>
      </div>
      <FormField id="dsr-company" label={words.company} hint={words.companyHint} error={invalid("company")}>
        <Input name="company" autoComplete="off" required maxLength={200} />
      </FormField>
      <FormField id="dsr-type" label={words.type} error={invalid("type")}>
        <Select name="type" defaultValue="" required>
          <option value="">{words.choose}</option>
          {Object.entries(words.types).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="dsr-message" label={words.message} hint={words.messageHint} error={invalid("message")}>
        <TextArea name="message" rows={5} maxLength={4000} />
      </FormField>
      {/* Honeypot: off-screen for people and assistive technology; bots fill it in. */}
      <div className="absolute -left-[9999px]" aria-hidden="true">
        <label htmlFor="dsr-website">{words.website}</label>
        <input id="dsr-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? words.sending : words.submit}
      </Button>
    </form>
  );
}
