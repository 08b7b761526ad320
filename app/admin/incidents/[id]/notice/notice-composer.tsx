"use client";

import { useEffect, useRef, useState } from "react";
import { useSubmitWithoutReset } from "@/app/_components/submit-without-reset";
import { Alert, Button, Card, FormField, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { NOTICE_ITEMS, type NoticeItemKey, type NoticeItemValues } from "@/lib/incidents/notices/items";
import { NOTICE_MESSAGES } from "@/lib/incidents/notices/messages";
import type { NoticePreview } from "@/lib/incidents/notices/view";
import { INCIDENT_MESSAGES } from "../../messages";
import { saveNoticeDraftAction } from "./actions";
import { NoticeItemField } from "./notice-item-field";
import { NoticePreviewPanel } from "./notice-preview";

type Props = {
  incidentId: string;
  number: number;
  summary: string;
  items: NoticeItemValues;
  organizations: number;
  /** The saved draft's email (from the server): shown with its send button while the form has no unsaved edits. */
  preview: NoticePreview | null;
};

/**
 * The draft of the next phase: each Art. 33(3) item is a value or, ticked, “not yet known”. The form is
 * submitted without React's automatic reset, so after saving it shows exactly what was saved (ticked boxes
 * stay ticked). The saved draft's preview and send button come from the server, so a reload keeps them.
 * The form is rendered on the server and works before the scripts load; what a person typed or ticked by
 * then is kept by hydration, and the ticked boxes and the unsaved state are read from the form once it
 * is live.
 */
export function NoticeComposer({ incidentId, number, summary, items, organizations, preview }: Props) {
  const { state, formAction, pending, fieldError } = useActionForm(saveNoticeDraftAction);
  const [unknown, setUnknown] = useState<Record<NoticeItemKey, boolean>>(
    () =>
      Object.fromEntries(NOTICE_ITEMS.map(({ key }) => [key, items[key] === null])) as Record<
        NoticeItemKey,
        boolean
      >,
  );
  // Unsaved edits: every change counts up; a successful save covers the edits made before it was submitted.
  const [edits, setEdits] = useState(0);
  const [submittedEdits, setSubmittedEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state?.ok) setSavedEdits(submittedEdits);
  }
  const unsaved = edits !== savedEdits;

  // Input made before hydration: React keeps it in the DOM; take the boxes and "edited" from there.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const boxes = NOTICE_ITEMS.map(({ key }) => [key, checkbox(form, `${key}Unknown`)] as const);
    const ticked = boxes.filter(([key, box]) => box && box.checked !== (items[key] === null));
    const typed = [...form.querySelectorAll("textarea")].some((field) => field.value !== field.defaultValue);
    if (ticked.length === 0 && !typed) return;
    setUnknown(
      (current) =>
        Object.fromEntries(boxes.map(([key, box]) => [key, box?.checked ?? current[key]])) as Record<
          NoticeItemKey,
          boolean
        >,
    );
    setEdits((n) => n + 1);
    // Only what was entered before the first render on the client.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = useSubmitWithoutReset(formAction, () => setSubmittedEdits(edits));

  return (
    <Card title={`Compose phase ${number}`} headingLevel={3}>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={submit}
        className="space-y-4"
        aria-label={`Notice phase ${number}`}
        onChange={() => setEdits((n) => n + 1)}
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
          <NoticeItemField
            key={key}
            name={key}
            label={label}
            article={article}
            defaultValue={items[key] ?? ""}
            unknown={unknown[key]}
            onUnknownChange={(checked) => setUnknown((current) => ({ ...current, [key]: checked }))}
            error={fieldError(key)}
          />
        ))}
        <FormResult state={state} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
            Save draft
          </Button>
          <Button type="submit" name="intent" value="preview" disabled={pending}>
            {pending ? "Saving…" : "Save and preview"}
          </Button>
        </div>
      </form>
      {preview && !unsaved && <NoticePreviewPanel incidentId={incidentId} preview={preview} />}
      {preview && unsaved && (
        <div className="mt-6">
          <Alert tone="info">{INCIDENT_MESSAGES.unsavedPreview(preview.number)}</Alert>
        </div>
      )}
    </Card>
  );
}

function checkbox(form: HTMLFormElement, name: string): HTMLInputElement | null {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element : null;
}
