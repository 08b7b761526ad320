"use client";

import { useState } from "react";
import { Button, FormField, Input, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { inviteMemberAction } from "./actions";
import { MEMBERS_MESSAGES as M } from "./messages";

export type RoleOption = { value: string; label: string };

const BLANK = { email: "", role: "MEMBER" };

export function InviteForm({
  organization,
  roles,
  locale,
}: {
  organization: string;
  roles: RoleOption[];
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending, fieldError } = useActionForm(inviteMemberAction);
  // After a refusal the typed address and role come back as defaults (React resets forms after submit);
  // after a sent invitation the form starts blank.
  const [submitted, setSubmitted] = useState(BLANK);
  const shown = state && !state.ok ? submitted : BLANK;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        setSubmitted({ email: String(data.get("email") ?? ""), role: String(data.get("role") ?? "MEMBER") });
      }}
      className="space-y-4"
      noValidate
      aria-label={t(M.inviteTitle)}
    >
      {/* No box (so no spacing) until there is a message; the live region itself is always there. */}
      <div className="contents has-[[role]]:block">
        <FormResult state={state} />
      </div>
      <input type="hidden" name="organization" value={organization} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <FormField label={t(M.emailAddress)} id="invite-email" error={fieldError("email")}>
          <Input name="email" type="email" autoComplete="off" required defaultValue={shown.email} />
        </FormField>
        <FormField label={t(M.role)} id="invite-role" error={fieldError("role")}>
          <Select name="role" defaultValue={shown.role} key={shown.role}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t(M.sending) : t(M.send)}
      </Button>
    </form>
  );
}
