"use client";

import { Button } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import type { NoticePreview } from "@/lib/incidents/notices/view";
import { sendNoticeAction } from "./actions";
import { NoticePhaseView } from "./notice-phase-view";

/** Exactly what will be sent: the portal view and the email text, then the send button. */
export function NoticePreviewPanel({ incidentId, preview }: { incidentId: string; preview: NoticePreview }) {
  const { state, formAction, pending } = useActionForm(sendNoticeAction);
  return (
    <section
      aria-labelledby="notice-preview-heading"
      className="mt-6 space-y-4 border-t border-gray-200 pt-4"
    >
      <h4 id="notice-preview-heading" className="text-base font-semibold text-gray-900">
        Preview of phase {preview.number}
      </h4>
      <p className="text-sm text-gray-700">
        As {preview.organizationName} will see it; each of the {preview.organizations} organisation(s) gets
        its own deadline and portal link.
      </p>
      <NoticePhaseView summary={preview.summary} items={preview.items} />
      <div>
        <p className="text-sm font-medium text-gray-900">Email subject: {preview.subject}</p>
        <pre
          className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded-md bg-gray-50 p-3 text-xs text-gray-900"
          aria-label="Email text"
        >
          {preview.text}
        </pre>
      </div>
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="phaseId" value={preview.phaseId} />
        <FormResult state={state} />
        <Button type="submit" disabled={pending || state?.ok === true}>
          {pending ? "Sending…" : `Send phase ${preview.number} to ${preview.organizations} organisation(s)`}
        </Button>
      </form>
    </section>
  );
}
