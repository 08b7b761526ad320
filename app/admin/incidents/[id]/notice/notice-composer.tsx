"use client";

import { useState } from "react";
import { Button, Card, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { NOTICE_ITEMS, type NoticeItemKey, type NoticeItemValues } from "@/lib/incidents/notices/items";
import { NOTICE_MESSAGES } from "@/lib/incidents/notices/messages";
import { saveNoticeDraftAction } from "./notice-actions";
import { NoticePreviewPanel } from "./notice-preview";

type Props = {
  incidentId: string;
  number: number;
  summary: string;
  items: NoticeItemValues;
  organizations: number;
};

/** The draft of the next phase: each Art. 33(3) item is a value or, ticked, “not yet known”. */
export function NoticeComposer({ incidentId, number, summary, items, organizations }: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(saveNoticeDraftAction);
  const [unknown, setUnknown] = useState<Record<NoticeItemKey, boolean>>(
    () =>
      Object.fromEntries(NOTICE_ITEMS.map(({ key }) => [key, items[key] === null])) as Record<
        NoticeItemKey,
        boolean
      >,
  );
  const [editedAfter, setEditedAfter] = useState<unknown>(null);
  const preview = state?.ok && state.data.preview && editedAfter !== state ? state.data.preview : null;

  return (
    <Card title={`Compose phase ${number}`} headingLevel={3}>
      <form
        action={formAction}
        className="space-y-4"
        aria-label={`Notice phase ${number}`}
        onChange={() => setEditedAfter(state)}
      >
        <input type="hidden" name="incidentId" value={incidentId} />
        <p className="text-sm text-gray-700">
          Sent to {organizations} affected organisation(s). Every item is required by Art. 33(3) GDPR: fill it
          in, or tick “{NOTICE_MESSAGES.notYetKnown}” and supply it in a later phase.
        </p>
        <FormField
          label="Summary: what changed since the last phase"
          id="notice-summary"
          error={fieldError("summary")}
        >
          <TextArea name="summary" rows={2} maxLength={2000} defaultValue={summary} />
        </FormField>
        {NOTICE_ITEMS.map(({ key, label, article }) => (
          <fieldset key={key} className="space-y-2 rounded-md border border-gray-200 p-3">
            <legend className="px-1 text-sm font-medium text-gray-900">
              {label} <span className="font-normal text-gray-600">({article})</span>
            </legend>
            <FormField label={label} id={`notice-${key}`} error={fieldError(key)}>
              <TextArea
                name={key}
                rows={3}
                maxLength={5000}
                defaultValue={items[key] ?? ""}
                disabled={unknown[key]}
              />
            </FormField>
            <label className="flex items-center gap-2 text-sm text-gray-800">
              <input
                type="checkbox"
                name={`${key}Unknown`}
                checked={unknown[key]}
                onChange={(event) => setUnknown((current) => ({ ...current, [key]: event.target.checked }))}
              />
              {NOTICE_MESSAGES.notYetKnown}: {label.toLowerCase()}
            </label>
          </fieldset>
        ))}
        <FormResult state={state} success={(data) => data.message} />
        <div className="flex gap-3">
          <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
            Save draft
          </Button>
          <Button type="submit" name="intent" value="preview" disabled={pending}>
            {pending ? "Saving…" : "Save and preview"}
          </Button>
        </div>
      </form>
      {preview && <NoticePreviewPanel incidentId={incidentId} preview={preview} />}
    </Card>
  );
}
