"use client";

import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { Button, FormField, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { chooseTimeZoneAction } from "./time-zone-actions";

/**
 * The person's time zone: every date in the portal, the console, emails and PDFs is shown in it, and
 * times they enter are read in it. `current` is their choice, else the zone they are shown today.
 */
export function TimeZoneForm({ current, zones }: { current: string; zones: readonly string[] }) {
  const { state, formAction, pending, fieldError } = useActionForm(chooseTimeZoneAction);
  // The list keeps the zone just saved (a reset would show the one the page was opened with).
  const submit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={submit} className="space-y-4" noValidate aria-label="Time zone">
      <FormResult state={state} />
      <FormField
        label="Time zone"
        id="account-time-zone"
        hint="Dates and times in the portal, the staff console, emails and PDFs are shown in this zone, and times you enter are read in it."
        error={fieldError("timeZone")}
      >
        <Select name="timeZone" defaultValue={current}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save time zone"}
      </Button>
    </form>
  );
}
