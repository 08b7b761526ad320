"use client";

import { useState } from "react";
import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { completeManualTaskAction } from "./manual-task-actions";

type Action = "EXPORT" | "ERASE" | "ABSENCE_CHECK" | "RECTIFY" | "RESTRICT" | "LIFT_RESTRICTION" | "OBJECT";

/**
 * Completes one task of a MANUAL system with its outcome and evidence (note + optional file). Rendered by
 * the request page for each open manual task; `action` tailors the fields (the absence question).
 */
export function ManualTaskForm({ taskId, action }: { taskId: string; action?: Action }) {
  const { state, formAction, pending, fieldError } = useActionForm(completeManualTaskAction);
  const [status, setStatus] = useState("done");
  const id = (name: string) => `manual-${taskId}-${name}`;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Complete manual task">
      <FormResult state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <FormField id={id("status")} label="Outcome" error={fieldError("status")}>
        <Select name="status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="done">Done</option>
          <option value="not_found">No data about the subject</option>
          <option value="blocked">Blocked: data kept on a ground</option>
          <option value="failed">Failed</option>
        </Select>
      </FormField>
      {action === "ABSENCE_CHECK" && status === "done" && (
        <FormField
          id={id("absent")}
          label="Is the subject gone from the system?"
          error={fieldError("absent")}
        >
          <Select name="absent" defaultValue="yes">
            <option value="yes">Yes, no record of the subject is left</option>
            <option value="no">No, records are still there</option>
          </Select>
        </FormField>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={id("records")}
          label="Records"
          hint="How many records were exported, removed or changed."
          error={fieldError("records")}
        >
          <Input name="records" inputMode="numeric" autoComplete="off" />
        </FormField>
        <FormField
          id={id("fields")}
          label="Fields"
          hint="Comma-separated, e.g. email, name, orders."
          error={fieldError("fields")}
        >
          <Input name="fields" autoComplete="off" />
        </FormField>
      </div>
      {status === "blocked" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id={id("ground")}
            label="Ground"
            hint="Why data is kept, e.g. statutory retention of invoices (HGB § 257)."
            error={fieldError("ground")}
          >
            <Input name="ground" autoComplete="off" />
          </FormField>
          <FormField id={id("blockedUntil")} label="Kept until" error={fieldError("blockedUntil")}>
            <Input name="blockedUntil" type="date" />
          </FormField>
        </div>
      )}
      <FormField
        id={id("note")}
        label="Evidence note"
        hint="What you did and where; it appears on the controller's certificate."
        error={fieldError("note")}
      >
        <TextArea name="note" rows={3} />
      </FormField>
      <FormField
        id={id("file")}
        label="Evidence file (optional)"
        hint="PDF, PNG, JPEG or plain text (CSV, JSON), at most 512 KiB. For an export, JSON in the connector format becomes the exported data."
        error={fieldError("file")}
      >
        <Input
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,text/plain,text/csv,application/json"
        />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Completing…" : "Complete task"}
      </Button>
    </form>
  );
}
