"use client";

import { startTransition, useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Alert, Button, FormField, Input, TextArea } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import type { AccessRequestOutcome } from "@/lib/trust/access-requests/submit-request";
import { DOCUMENTS, type DocumentsWords } from "../messages";
import { requestAccessAction } from "./actions";
import { RequestConfirmation } from "./request-confirmation";

type Choice = { slug: string; title: string; description: string };
type NdaFacts = { id: string; version: number; title: string; fallback: boolean; contentHash: string };

const MAX_REASON = 1000;

function outcomeMessage(
  words: DocumentsWords["request"],
  outcome: AccessRequestOutcome,
): { tone: "success" | "danger"; text: string } {
  switch (outcome.status) {
    case "received":
      return { tone: "success", text: words.received };
    case "throttled":
      return { tone: "danger", text: words.throttled(outcome.minutes) };
    case "nda-outdated":
      return { tone: "danger", text: words.ndaOutdated };
    case "documents-unavailable":
      return { tone: "danger", text: words.documentsUnavailable };
  }
}

/**
 * The access request: documents (pre-selected by the path variant or the URL's #slug), who is asking
 * and why, the NDA text (children, rendered on the server) accepted by typing the same name, and a
 * honeypot. Messages come in the page's language; the server's checks decide.
 */
export function RequestForm({
  locale,
  documents,
  preselected,
  nda,
  children,
}: {
  locale: Locale;
  documents: Choice[];
  preselected?: string;
  nda: NdaFacts;
  children: ReactNode;
}) {
  const words = DOCUMENTS[locale].request;
  const { state, formAction, pending, fieldError } = useActionForm(requestAccessAction);
  const [chosen, setChosen] = useState<string[]>(
    preselected ? [preselected] : documents.length === 1 ? [documents[0]!.slug] : [],
  );
  const [reasonLength, setReasonLength] = useState(0);

  useEffect(() => {
    const fromHash = decodeURIComponent(window.location.hash.slice(1));
    // Reading the URL's fragment is only possible in the browser, after the static page has loaded.
    if (!documents.some((d) => d.slug === fromHash)) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChosen((current) => (current.includes(fromHash) ? current : [...current, fromHash]));
  }, [documents]);

  // Field errors are written in the page's language here, whatever the server's zod message says.
  const invalid = (field: keyof DocumentsWords["request"]["fieldErrors"]) =>
    fieldError(field) ? words.fieldErrors[field] : undefined;
  const result = state?.ok
    ? outcomeMessage(words, state.data)
    : state
      ? { tone: "danger" as const, text: state.fieldErrors ? words.correctFields : state.message }
      : null;
  if (state?.ok && state.data.status === "received") {
    return <RequestConfirmation locale={locale} outcome={state.data} />;
  }

  // Submitted inside a transition rather than through the form's action, so a refused request keeps
  // what the visitor typed (React resets a form after its action runs). Without JavaScript the
  // form's action still works.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const toggle = (slug: string, on: boolean) =>
    setChosen((current) => (on ? [...current, slug] : current.filter((s) => s !== slug)));
  const documentsError = invalid("documents");

  return (
    <form action={formAction} onSubmit={submit} className="space-y-6" noValidate aria-label={words.title}>
      <div aria-live="polite">{result && <Alert tone={result.tone}>{result.text}</Alert>}</div>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="documents" value={chosen.join(",")} />
      <input type="hidden" name="ndaTemplateId" value={nda.id} />

      <fieldset
        className="space-y-2"
        aria-describedby={documentsError ? "documents-error" : "documents-hint"}
      >
        <legend className="text-sm font-medium text-gray-900">{words.documentsLegend}</legend>
        <p id="documents-hint" className="text-sm text-gray-600">
          {words.documentsHint}
        </p>
        <ul className="space-y-2">
          {documents.map((d) => (
            <li key={d.slug} className="flex gap-3 rounded-md border border-gray-200 bg-white p-3">
              <input
                id={`document-${d.slug}`}
                type="checkbox"
                className="mt-1 h-4 w-4"
                checked={chosen.includes(d.slug)}
                onChange={(event) => toggle(d.slug, event.target.checked)}
                aria-describedby={d.description ? `document-${d.slug}-description` : undefined}
              />
              <label htmlFor={`document-${d.slug}`} className="text-sm">
                <span className="font-medium text-gray-900">{d.title}</span>
                {d.description && (
                  <span id={`document-${d.slug}-description`} className="mt-1 block text-gray-600">
                    {d.description}
                  </span>
                )}
              </label>
            </li>
          ))}
        </ul>
        {documentsError && (
          <p id="documents-error" className="text-sm font-medium text-danger-700">
            {documentsError}
          </p>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="request-name" label={words.name} error={invalid("name")}>
          <Input name="name" autoComplete="name" required maxLength={200} />
        </FormField>
        <FormField id="request-company" label={words.company} error={invalid("company")}>
          <Input name="company" autoComplete="organization" required maxLength={200} />
        </FormField>
      </div>
      <FormField id="request-email" label={words.email} hint={words.emailHint} error={invalid("email")}>
        <Input name="email" type="email" autoComplete="email" required maxLength={254} />
      </FormField>
      <FormField
        id="request-reason"
        label={words.reason}
        hint={`${words.reasonHint(MAX_REASON)} (${reasonLength}/${MAX_REASON})`}
        error={invalid("reason")}
      >
        <TextArea
          name="reason"
          rows={4}
          required
          maxLength={MAX_REASON}
          onChange={(event) => setReasonLength(event.target.value.length)}
        />
      </FormField>

      <section aria-labelledby="nda-heading" className="space-y-3">
        <h2 id="nda-heading" className="text-lg font-semibold">
          {words.ndaHeading}{" "}
          <span className="text-sm font-normal text-gray-600">· {words.ndaVersion(nda.version)}</span>
        </h2>
        {nda.fallback && <Alert tone="info">{words.ndaFallback}</Alert>}
        <div
          role="region"
          aria-label={words.ndaRegion}
          tabIndex={0}
          lang={nda.fallback ? "en" : undefined}
          className="max-h-80 overflow-y-auto rounded-md border border-gray-300 bg-white p-4 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <p className="mb-2 font-semibold">{nda.title}</p>
          {children}
        </div>
        <p className="break-all font-mono text-xs text-gray-600">SHA-256 {nda.contentHash}</p>
        <FormField
          id="request-typed-name"
          label={words.typedName}
          hint={words.typedNameHint}
          error={invalid("typedName")}
        >
          <Input name="typedName" autoComplete="off" required maxLength={200} />
        </FormField>
      </section>

      {/* Honeypot: invisible to people and assistive technology; bots tend to fill it in. */}
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="request-website">{words.honeypot}</label>
        <input
          id="request-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>

      <p className="text-xs text-gray-600">{words.privacy}</p>
      <Button type="submit" disabled={pending}>
        {pending ? words.submitting : words.submit}
      </Button>
    </form>
  );
}
