"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { MetadataFields } from "./metadata-fields";
import { useUpload } from "./post-upload";

/** Uploads a new PDF with its description (through the upload route: server actions stop at 1 MB). */
export function UploadForm() {
  const { form, uploading, answer, submit } = useUpload("/api/admin/library");
  const fieldError = (name: string) => (answer && !answer.ok ? answer.fieldErrors?.[name]?.[0] : undefined);

  return (
    <form
      ref={form}
      onSubmit={submit}
      className="space-y-4"
      noValidate
      aria-label="Upload a PDF"
      aria-busy={uploading}
    >
      <div aria-live="polite">
        {uploading && <Alert tone="info">Uploading and checking the file…</Alert>}
        {answer && <Alert tone={answer.ok ? "success" : "danger"}>{answer.message}</Alert>}
      </div>
      <FormField
        id="upload-file"
        label="PDF file"
        hint="PDF only, at most 10 MB. Unencrypted, so downloads can be watermarked."
        error={fieldError("file")}
      >
        <Input name="file" type="file" accept="application/pdf,.pdf" required />
      </FormField>
      <MetadataFields idPrefix="upload" errors={fieldError} />
      <Button type="submit" disabled={uploading}>
        {uploading ? "Uploading…" : "Upload"}
      </Button>
    </form>
  );
}
