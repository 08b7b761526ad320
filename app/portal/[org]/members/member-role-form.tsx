"use client";

import { useId } from "react";
import { Button, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { changeRoleAction } from "./actions";
import type { RoleOption } from "./invite-form";
import { MEMBERS_MESSAGES as M } from "./messages";

export function MemberRoleForm({
  membershipId,
  role,
  roles,
  memberName,
  locale,
}: {
  membershipId: string;
  role: string;
  roles: RoleOption[];
  memberName: string;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const { state, formAction, pending } = useActionForm(changeRoleAction);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col items-start">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t(M.newRoleFor(memberName))}
        </label>
        <Select id={id} name="role" defaultValue={role} className="w-auto">
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          className="whitespace-nowrap"
          disabled={pending}
          aria-label={t(M.changeRoleOf(memberName))}
        >
          {pending ? t(M.saving) : t(M.changeRole)}
        </Button>
      </div>
      {/* Spaced from the controls only once there is a message to show. */}
      <div className="has-[[role]]:mt-2">
        <FormResult state={state} />
      </div>
    </form>
  );
}
