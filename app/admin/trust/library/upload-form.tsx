"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert, Button, FormField, Input } from "@/app/_ui";
import type { UploadAnswer } from "@/app/api/admin/library/upload-response";
import { MetadataFields } from "./metadata-fields";
import { postUpload } from "./post-upload";

/** Uploads a new PDF with its description (through the upload route: server actions stop at 1 MB). */
export function UploadForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [uploading, setUploading] = useState(false);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const fieldError = (name: string) => (answer && !answer.ok ? answer.fieldErrors?.[name]?.[0] : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUploading(true);
    setAnswer(null);
    const result = await postUpload("/api/admin/library", new FormData(event.currentTarget));
    setUploading(false);
    setAnswer(result);
    if (result.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate aria-label="Upload a PDF" aria-busy={uploading}>
      <div aria-live="polite">
        {uploading && <Alert tone="info">Uploading and checking the file…</Alert>}
        {answer && <Alert tone={answer.ok ? "success" : "danger"}>{answer.message}</Alert>}
      </div>
      <FormField id="upload-file" label="PDF file" hint="PDF only, at most 10 MB. Unencrypted, so downloads can be watermarked." error={fieldError("file")}>
        <Input name="file" type="file" accept="application/pdf,.pdf" required />
      </FormField>
      <MetadataFields idPrefix="upload" errors={fieldError} />
      <Button type="submit" disabled={uploading}>
        {uploading ? "Uploading…" : "Upload"}
      </Button>
    </form>
  );
}
