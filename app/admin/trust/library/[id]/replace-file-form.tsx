"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useUpload } from "../post-upload";

/** Replaces the file of a document; its slug, name and existing grants stay. */
export function ReplaceFileForm({ documentId }: { documentId: string }) {
  const { form, uploading, answer, submit } = useUpload(
    `/api/admin/library/${encodeURIComponent(documentId)}/file`,
  );

  return (
    <form
      ref={form}
      onSubmit={submit}
      className="space-y-4"
      noValidate
      aria-label="Replace the file"
      aria-busy={uploading}
    >
      <div aria-live="polite">
        {uploading && <Alert tone="info">Uploading and checking the file…</Alert>}
        {answer && <Alert tone={answer.ok ? "success" : "danger"}>{answer.message}</Alert>}
      </div>
      <FormField
        id="replace-file"
        label="New PDF file"
        hint="PDF only, at most 10 MB. Approved requesters get the new file from their next download."
      >
        <Input name="file" type="file" accept="application/pdf,.pdf" required />
      </FormField>
      <Button type="submit" variant="secondary" disabled={uploading}>
        {uploading ? "Uploading…" : "Replace file"}
      </Button>
    </form>
  );
}
