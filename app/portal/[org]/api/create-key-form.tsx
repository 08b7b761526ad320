"use client";

import { useState } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import { API_SCOPES } from "@/lib/auth/authorization/api-scopes";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { createApiKeyAction } from "./actions";
import { API_KEY_PAGE_MESSAGES as M } from "./messages";

/** Name and scopes; after creating, the key once, with a copy button and the hint that it is not shown again. */
export function CreateKeyForm({ organization, locale }: { organization: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(createApiKeyAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t(M.createTitle)}>
      <div aria-live="polite">
        {state &&
          (state.ok ? (
            <NewKey message={state.data.message} apiKey={state.data.key} locale={locale} />
          ) : (
            <Alert tone="danger">{state.message}</Alert>
          ))}
      </div>
      <input type="hidden" name="slug" value={organization} />
      <FormField label={t(M.name)} id="api-key-name" hint={t(M.nameHint)} error={fieldError("name")}>
        <Input name="name" autoComplete="off" required maxLength={80} />
      </FormField>
      <fieldset
        className="space-y-2"
        aria-describedby={fieldError("scopes") ? "api-key-scopes-error" : undefined}
      >
        <legend className="text-sm font-medium text-gray-900">{t(M.scopes)}</legend>
        {API_SCOPES.map((scope) => (
          <label key={scope} className="flex items-start gap-2 text-sm text-gray-800">
            <input type="checkbox" name={scope} className="mt-1" defaultChecked={scope === "dsr:read"} />
            <span>{t(M.scopeLabels[scope])}</span>
          </label>
        ))}
        {fieldError("scopes") && (
          <p id="api-key-scopes-error" className="text-sm font-medium text-danger-700">
            {fieldError("scopes")}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.creating) : t(M.create)}
      </Button>
    </form>
  );
}

function NewKey({ message, apiKey, locale }: { message: string; apiKey: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={message}>
      <p>{t(M.copyHint)}</p>
      <label htmlFor="new-api-key" className="mt-2 block text-sm font-medium">
        {t(M.keyLabel)}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id="new-api-key"
          readOnly
          value={apiKey}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-gray-300 bg-white px-2 py-1 font-mono text-xs text-gray-900"
        />
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(apiKey);
            setCopied(true);
          }}
        >
          {copied ? t(M.copied) : t(M.copy)}
        </Button>
      </div>
    </Alert>
  );
}
