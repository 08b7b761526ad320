"use client";

import { useActionState } from "react";
import { Alert, Button, FormField, Input, Select } from "@/app/_ui";
import type { ActionResult } from "@/lib/actions/define-action";
import { inviteMemberAction } from "./actions";

export type RoleOption = { value: string; label: string };

type State = { result: ActionResult<string>; email: string; role: string } | null;

export function InviteForm({ organization, roles }: { organization: string; roles: RoleOption[] }) {
  // After a refusal the typed address and role come back as defaults (React resets forms after submit).
  const [state, action, pending] = useActionState<State, FormData>(async (_previous, formData) => {
    const result = await inviteMemberAction(null, formData);
    return {
      result,
      email: result.ok ? "" : String(formData.get("email") ?? ""),
      role: result.ok ? "MEMBER" : String(formData.get("role") ?? "MEMBER"),
    };
  }, null);
  const result = state?.result;
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Invite a member">
      {result && (
        <Alert tone={result.ok ? "success" : "danger"}>{result.ok ? result.data : result.message}</Alert>
      )}
      <input type="hidden" name="organization" value={organization} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <FormField label="Email address" id="invite-email" error={fieldError("email")}>
          <Input name="email" type="email" autoComplete="off" required defaultValue={state?.email ?? ""} />
        </FormField>
        <FormField label="Role" id="invite-role" error={fieldError("role")}>
          <Select name="role" defaultValue={state?.role ?? "MEMBER"} key={state?.role ?? "MEMBER"}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </Button>
    </form>
  );
}
