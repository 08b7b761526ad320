"use client";

import { Button, FormField, Input, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { STAFF_ROLE_LABELS } from "@/lib/admin/messages";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { inviteStaffAction } from "./actions";

/** Invites a colleague by email with one of the roles the viewer may grant. */
export function InviteStaffForm({ roles }: { roles: StaffRole[] }) {
  const { state, formAction, pending, fieldError } = useActionForm(inviteStaffAction);
  return (
    <form action={formAction} className="space-y-4" aria-label="Invite a colleague" noValidate>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <FormField id="invite-staff-email" label="Email" error={fieldError("email")}>
          <Input name="email" type="email" autoComplete="off" required maxLength={320} />
        </FormField>
        <FormField id="invite-staff-role" label="Role" error={fieldError("role")}>
          <Select name="role" defaultValue={roles.includes("SUPPORT") ? "SUPPORT" : roles[0]}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {STAFF_ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </Button>
      <FormResult state={state} />
    </form>
  );
}
