"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SUBSCRIBABLE_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { createEndpointAction } from "./webhook-actions";
import { WEBHOOK_PAGE_MESSAGES as M } from "./messages";

/** URL and events; after adding, the signing secret once. */
export function CreateEndpointForm({ organization, locale }: { organization: string; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(createEndpointAction);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t(M.createTitle)}>
      <div aria-live="polite">
        {state &&
          (state.ok ? (
            <Alert tone="success" title={t(M.added)}>
              <p>{t(M.secretHint)}</p>
              <label htmlFor="new-webhook-secret" className="mt-2 block text-sm font-medium">
                {t(M.secretLabel)}
              </label>
              <input
                id="new-webhook-secret"
                readOnly
                value={state.data.secret}
                onFocus={(event) => event.currentTarget.select()}
                className="mt-1 w-full rounded border border-gray-300 bg-white px-2 py-1 font-mono text-xs text-gray-900"
              />
            </Alert>
          ) : (
            <Alert tone="danger">{state.message}</Alert>
          ))}
      </div>
      <input type="hidden" name="slug" value={organization} />
      <FormField label={t(M.url)} id="webhook-url" hint={t(M.urlHint)} error={fieldError("url")}>
        <Input name="url" type="url" inputMode="url" autoComplete="off" required placeholder="https://" />
      </FormField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-900">{t(M.events)}</legend>
        {SUBSCRIBABLE_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-start gap-2 text-sm text-gray-800">
            <input type="checkbox" name={`event:${type}`} className="mt-1" defaultChecked />
            <span>
              <code className="text-xs">{type}</code>: {t(WEBHOOK_EVENT_TYPES[type].description)}
            </span>
          </label>
        ))}
        {fieldError("eventTypes") && (
          <p className="text-sm font-medium text-danger-700">{fieldError("eventTypes")}</p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.adding) : t(M.add)}
      </Button>
    </form>
  );
}
