"use client";

import { useActionState, useId } from "react";
import { Alert, Button, Select } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { changeRoleAction } from "./actions";
import type { RoleOption } from "./invite-form";

export function MemberRoleForm({
  membershipId,
  role,
  roles,
  memberName,
}: {
  membershipId: string;
  role: string;
  roles: RoleOption[];
  memberName: string;
}) {
  const [state, action, pending] = useActionState<ActionResult<string> | null, FormData>(
    changeRoleAction,
    null,
  );
  const id = useId();
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          New role for {memberName}
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
          disabled={pending}
          aria-label={`Change role of ${memberName}`}
        >
          {pending ? "Saving…" : "Change role"}
        </Button>
      </div>
      {state && <Alert tone={state.ok ? "success" : "danger"}>{state.ok ? state.data : state.message}</Alert>}
    </form>
  );
}
