"use client";

import { useState } from "react";
import { Alert, Button, DataTable, FormField, Input } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { previewRetentionAction, saveRetentionAction } from "./actions";
import { RETENTION_CONSOLE_MESSAGES as WORDS } from "./messages";

type Props = { category: string; label: string; periodDays: number; minDays: number };

/**
 * A category's period and the shortest period customers may choose. "Dry run" shows, per organisation, how
 * many records the next purge would remove with these values (G3); "Save" appears after a dry run of the
 * values in the fields (the fields are controlled: React resets a form after its action, the values stay).
 */
export function PolicyForm({ category, label, periodDays, minDays }: Props) {
  const preview = useActionForm(previewRetentionAction);
  const save = useActionForm(saveRetentionAction);
  const [period, setPeriod] = useState(String(periodDays));
  const [min, setMin] = useState(String(minDays));
  const previewed =
    preview.state?.ok &&
    String(preview.state.data.periodDays) === period &&
    String(preview.state.data.minDays) === min;
  const error = (name: string) => preview.fieldError(name) ?? save.fieldError(name);
  return (
    <form action={preview.formAction} className="space-y-3" aria-label={`Retention of ${label}`} noValidate>
      <input type="hidden" name="category" value={category} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-36">
          <FormField id={`period-${category}`} label="Period (days)" error={error("periodDays")}>
            <Input
              name="periodDays"
              type="number"
              min={1}
              max={3650}
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
              required
            />
          </FormField>
        </div>
        <div className="w-44">
          <FormField id={`min-${category}`} label="Customers may shorten to (days)" error={error("minDays")}>
            <Input
              name="minDays"
              type="number"
              min={1}
              max={3650}
              value={min}
              onChange={(e) => setMin(e.target.value)}
              required
            />
          </FormField>
        </div>
        <Button type="submit" size="sm" variant="secondary" disabled={preview.pending}>
          {preview.pending ? "Counting…" : "Dry run"}
        </Button>
        {previewed && (
          <Button type="submit" size="sm" formAction={save.formAction} disabled={save.pending}>
            {save.pending ? "Saving…" : "Save"}
          </Button>
        )}
      </div>
      {preview.state && !preview.state.ok && <Alert tone="danger">{preview.state.message}</Alert>}
      {preview.state?.ok && preview.state.data.byHand && <Alert tone="info">{WORDS.byHandPreview}</Alert>}
      {preview.state?.ok && (
        <div aria-live="polite">
          <DataTable
            caption={`Dry run: ${WORDS.days(preview.state.data.periodDays)} would remove ${preview.state.data.total} records`}
            rows={preview.state.data.rows}
            rowKey={(r) => r.organizationId ?? "provider"}
            empty={{ title: "Nothing would be removed", description: "No record is older than this period." }}
            columns={[
              { header: "Organisation", cell: (r) => r.organizationName ?? WORDS.provider },
              {
                header: "Would be removed",
                cell: (r) => (r.unreachable ? WORDS.unreachable(r.unreachable) : r.wouldRemove),
              },
              {
                header: "Legal hold",
                cell: (r) =>
                  r.heldBy
                    ? r.held < r.wouldRemove
                      ? `Kept by ${r.heldBy}: ${r.held} of them`
                      : `Kept by ${r.heldBy}`
                    : "—",
              },
            ]}
          />
        </div>
      )}
      <FormResult state={save.state} />
    </form>
  );
}
