"use client";

import type { ReactNode } from "react";
import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { ProviderSettingsView } from "@/lib/provider/settings";
import { updateProviderSettingsAction } from "./actions";

type TextField = Exclude<
  keyof ProviderSettingsView,
  "refuseFreeMailDomains" | "defaultTimeZone" | "updatedAt"
>;

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-gray-200 p-4">
      <legend className="px-1 font-semibold text-gray-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Every provider setting in one form; saved together, audited with a before/after per field. */
export function ProviderSettingsForm({
  settings,
  timeZones,
}: {
  settings: ProviderSettingsView;
  timeZones: readonly string[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(updateProviderSettingsAction);
  const field = (
    name: TextField,
    label: string,
    options: {
      hint?: string;
      type?: string;
      multiline?: boolean;
      autoComplete?: string;
      inputMode?: "numeric";
    } = {},
  ) => (
    <FormField id={`settings-${name}`} label={label} hint={options.hint} error={fieldError(name)}>
      {options.multiline ? (
        <TextArea name={name} rows={3} defaultValue={String(settings[name])} />
      ) : (
        <Input
          name={name}
          type={options.type ?? "text"}
          defaultValue={String(settings[name])}
          autoComplete={options.autoComplete ?? "off"}
          inputMode={options.inputMode}
        />
      )}
    </FormField>
  );
  return (
    <form action={formAction} className="space-y-6" noValidate aria-label="Provider settings">
      <FormResult state={state} />

      <Group legend="Legal entity">
        {field("legalName", "Legal name", {
          hint: "As in contracts and the DPA, e.g. Northwind Analytics GmbH.",
        })}
        {field("displayName", "Display name", { hint: "Shown at the top of every public trust page." })}
        {field("address", "Postal address", { multiline: true })}
      </Group>

      <Group legend="Contacts">
        {field("dpoName", "Data Protection Officer")}
        {field("dpoEmail", "DPO email", { type: "email" })}
        {field("securityEmail", "Security contact email", {
          type: "email",
          hint: "Published in security.txt and on the home page for vulnerability reports.",
        })}
        {field("securityPolicyUrl", "Vulnerability-disclosure policy URL", {
          type: "url",
          hint: "An https:// address for the Policy field of security.txt. Leave empty to point to the disclosure section of the security page.",
        })}
      </Group>

      <Group legend="Default service windows">
        {field("defaultBreachNotificationHours", "Breach-notification window (hours)", {
          inputMode: "numeric",
          hint: "1–72 hours from awareness; new customer organisations start with this, and the home page shows it.",
        })}
        {field("defaultDsrDueDays", "Data-subject-request due days", {
          inputMode: "numeric",
          hint: "1–30 days: the processor's own due date for DSR assistance.",
        })}
        <FormField
          id="settings-defaultTimeZone"
          label="Default time zone"
          hint="Times are shown in it to staff who have not chosen their own, on the public trust center and in emails to addresses without an account or organisation. Customer organisations have their own default."
          error={fieldError("defaultTimeZone")}
        >
          <Select name="defaultTimeZone" defaultValue={settings.defaultTimeZone}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </FormField>
      </Group>

      <Group legend="Public trust center">
        {field("dataLocation", "Data location (English)", {
          hint: "Shown as a highlight on the home page, e.g. Frankfurt, Germany (EU).",
        })}
        {field("dataLocationDe", "Data location (German)", { hint: "Leave empty to show the English text." })}
        {field("tagline", "Tagline (English)", {
          hint: "One sentence under the provider name on the home page.",
        })}
        {field("taglineDe", "Tagline (German)", { hint: "Leave empty to show the English text." })}
        {field("brandColor", "Brand colour", {
          hint: "#rrggbb, used for links and accents; it must be dark enough to read on white.",
        })}
      </Group>

      <Group legend="Gated documents">
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="refuseFreeMailDomains"
            defaultChecked={settings.refuseFreeMailDomains}
            className="mt-1 size-4"
          />
          <span>
            Refuse access requests from free-mail addresses
            <span className="block text-sm text-gray-600">
              Requests from addresses such as gmail.com or gmx.de are denied with an explanation; requesters
              must use their work email.
            </span>
          </span>
        </label>
      </Group>

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save provider settings"}
      </Button>
    </form>
  );
}
