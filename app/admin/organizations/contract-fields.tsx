"use client";
// The contract settings as form fields, shared by the create and edit forms.
import { FormField, Input, Select } from "@/app/_ui";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { LANGUAGE_NAMES, ORGANIZATIONS_MESSAGES } from "./messages";

export type ContractValues = {
  breachNotificationHours: number;
  dsrDueDays: number;
  defaultTimeZone: string;
  defaultLanguage: Locale;
};

const FIELDS = ORGANIZATIONS_MESSAGES.fields;

export function ContractFields({
  idPrefix,
  values,
  timeZones,
  fieldError,
}: {
  idPrefix: string;
  values: ContractValues;
  /** The zones to offer (from the server, so the list matches what it accepts). */
  timeZones: readonly string[];
  fieldError: (name: string) => string | undefined;
}) {
  const id = (name: keyof ContractValues) => `${idPrefix}-${name}`;
  return (
    <>
      <FormField
        id={id("breachNotificationHours")}
        label={FIELDS.breachNotificationHours.label}
        hint={FIELDS.breachNotificationHours.hint}
        error={fieldError("breachNotificationHours")}
      >
        <Input
          name="breachNotificationHours"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={String(values.breachNotificationHours)}
        />
      </FormField>
      <FormField
        id={id("dsrDueDays")}
        label={FIELDS.dsrDueDays.label}
        hint={FIELDS.dsrDueDays.hint}
        error={fieldError("dsrDueDays")}
      >
        <Input
          name="dsrDueDays"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={String(values.dsrDueDays)}
        />
      </FormField>
      <FormField
        id={id("defaultTimeZone")}
        label={FIELDS.defaultTimeZone.label}
        hint={FIELDS.defaultTimeZone.hint}
        error={fieldError("defaultTimeZone")}
      >
        <Select name="defaultTimeZone" defaultValue={values.defaultTimeZone}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        id={id("defaultLanguage")}
        label={FIELDS.defaultLanguage.label}
        hint={FIELDS.defaultLanguage.hint}
        error={fieldError("defaultLanguage")}
      >
        <Select name="defaultLanguage" defaultValue={values.defaultLanguage}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </Select>
      </FormField>
    </>
  );
}
