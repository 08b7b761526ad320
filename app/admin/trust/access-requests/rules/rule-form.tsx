"use client";

import { useState } from "react";
import { Button, FormField, Input, Select } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { AccessRuleRow } from "@/lib/trust/access-requests/rules";
import { createAccessRuleAction, updateAccessRuleAction } from "../actions";

/** Adds a rule, or edits `rule` when given: approve for N days or deny with a reason. */
export function RuleForm({ rule }: { rule?: AccessRuleRow }) {
  const { state, formAction, pending, fieldError } = useActionForm(
    rule ? updateAccessRuleAction : createAccessRuleAction,
  );
  const [action, setAction] = useState<AccessRuleRow["action"]>(rule?.action ?? "AUTO_APPROVE");
  const prefix = rule ? `rule-${rule.id}` : "rule-new";
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label={rule ? `Edit the rule for ${rule.domain}` : "Add a rule"}
    >
      <FormResult state={state} />
      {rule && <input type="hidden" name="ruleId" value={rule.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          id={`${prefix}-domain`}
          label="Email domain"
          hint="Also covers its subdomains."
          error={fieldError("domain")}
        >
          <Input
            name="domain"
            defaultValue={rule?.domain ?? ""}
            placeholder="example.com"
            required
            maxLength={253}
            autoComplete="off"
          />
        </FormField>
        <FormField id={`${prefix}-action`} label="Decision" error={fieldError("action")}>
          <Select
            name="action"
            value={action}
            onChange={(event) => setAction(event.target.value === "AUTO_DENY" ? "AUTO_DENY" : "AUTO_APPROVE")}
          >
            <option value="AUTO_APPROVE">Approve automatically</option>
            <option value="AUTO_DENY">Deny automatically</option>
          </Select>
        </FormField>
        {action === "AUTO_APPROVE" ? (
          <FormField
            id={`${prefix}-days`}
            label="Days of access"
            hint="1 to 90"
            error={fieldError("grantDays")}
          >
            <Input
              name="grantDays"
              type="number"
              min={1}
              max={90}
              defaultValue={rule?.grantDays ?? 30}
              required
            />
          </FormField>
        ) : (
          <FormField
            id={`${prefix}-reason`}
            label="Reason given to the requester"
            error={fieldError("reason")}
          >
            <Input name="reason" defaultValue={rule?.reason ?? ""} required maxLength={1000} />
          </FormField>
        )}
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Saving…" : rule ? "Save rule" : "Add rule"}
      </Button>
    </form>
  );
}
