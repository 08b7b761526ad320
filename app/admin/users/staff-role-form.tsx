"use client";

import { Button, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { STAFF_ROLE_LABELS } from "@/lib/admin/messages";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { changeStaffRoleAction } from "./actions";

/** A row's role picker: one of the roles the viewer may grant, for a colleague they may manage. */
export function StaffRoleForm({
  userId,
  email,
  current,
  roles,
}: {
  userId: string;
  email: string;
  current: StaffRole;
  roles: StaffRole[];
}) {
  const { state, formAction, pending } = useActionForm(changeStaffRoleAction);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-2">
        <Select name="role" defaultValue={current} aria-label={`Role for ${email}`} className="min-w-32">
          {roles.map((role) => (
            <option key={role} value={role}>
              {STAFF_ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} className="whitespace-nowrap">
          {pending ? "Saving…" : "Change role"}
        </Button>
      </div>
      <FormResult state={state} />
    </form>
  );
}
