"use client";

import { startTransition, useEffect, useRef, type FormEvent } from "react";
import { Button, FormField, Input, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { CustomerRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { saveSsoConnectionAction } from "./sso-actions";
import { SsoDomainStates, type SsoDomainState } from "./sso-domain-states";
import { SSO_SETTINGS_MESSAGES as M } from "./sso-messages";

/** Roles a just-in-time member may get (lib/auth/sso/connection.ts JIT_ROLES): never Owner. */
const JIT_ROLE_CHOICES = [
  "MEMBER",
  "AUDITOR",
  "PRIVACY_OFFICER",
  "ADMIN",
] as const satisfies readonly CustomerRole[];

export type SsoFormValues = {
  tenantId: string;
  clientId: string;
  hasClientSecret: boolean;
  /** The domains asked for, each with its claim's state. */
  domains: SsoDomainState[];
  defaultRole: CustomerRole;
  enabled: boolean;
};

export function SsoForm({
  slug,
  values,
  locale,
}: {
  slug: string;
  values: SsoFormValues | null;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(saveSsoConnectionAction);
  const secretField = useRef<HTMLInputElement>(null);

  // The secret is write-only: once saved, the field is emptied again (the other fields keep their values).
  useEffect(() => {
    if (state?.ok && secretField.current) secretField.current.value = "";
  }, [state]);

  // Submitted by hand so a refused save keeps what was typed (a form action would reset the fields).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" aria-label={t(M.formLabel)}>
      <input type="hidden" name="slug" value={slug} />
      <FormResult state={state} />

      <FormField
        id="sso-tenantId"
        label={t(M.tenantId)}
        hint={t(M.tenantIdHint)}
        error={fieldError("tenantId")}
      >
        <Input
          name="tenantId"
          defaultValue={values?.tenantId}
          required
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
      </FormField>

      <FormField id="sso-clientId" label={t(M.clientId)} error={fieldError("clientId")}>
        <Input
          name="clientId"
          defaultValue={values?.clientId}
          required
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
      </FormField>

      <FormField
        id="sso-clientSecret"
        label={t(M.clientSecret)}
        hint={t(values?.hasClientSecret ? M.secretStored : M.secretNew)}
        error={fieldError("clientSecret")}
      >
        <Input
          ref={secretField}
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          required={!values?.hasClientSecret}
        />
      </FormField>

      <FormField
        id="sso-allowedDomains"
        label={t(M.allowedDomains)}
        hint={t(M.domainsHint)}
        error={fieldError("allowedDomains")}
      >
        <TextArea
          name="allowedDomains"
          rows={3}
          required
          defaultValue={values?.domains.map((d) => d.domain).join("\n")}
          spellCheck={false}
          className="font-mono"
        />
      </FormField>
      <SsoDomainStates domains={values?.domains ?? []} locale={locale} />

      <fieldset
        className="space-y-2"
        aria-describedby={fieldError("defaultRole") ? "sso-defaultRole-error" : undefined}
      >
        <legend className="text-sm font-medium text-gray-900">{t(M.jitRole)}</legend>
        {JIT_ROLE_CHOICES.map((role) => (
          <label key={role} className="flex items-center gap-3 text-sm">
            <input
              type="radio"
              name="defaultRole"
              value={role}
              defaultChecked={(values?.defaultRole ?? "MEMBER") === role}
              className="size-4"
            />
            {t(CUSTOMER_ROLE_LABELS[role])}
          </label>
        ))}
        {fieldError("defaultRole") && (
          <p id="sso-defaultRole-error" className="text-sm font-medium text-danger-700">
            {fieldError("defaultRole")}
          </p>
        )}
      </fieldset>

      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={values?.enabled ?? true}
          className="mt-0.5 size-4"
        />
        <span>
          {t(M.enabledLabel)}
          <span className="block text-gray-600">{t(M.enabledHint)}</span>
        </span>
      </label>

      <Button type="submit" disabled={pending}>
        {pending ? t(M.saving) : t(M.save)}
      </Button>
    </form>
  );
}
