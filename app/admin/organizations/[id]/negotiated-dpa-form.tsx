"use client";

import { Alert, Button, FormField, Input } from "@/app/_ui";
import { useUpload } from "@/app/admin/trust/library/post-upload";

/** Staff attach the signed PDF of an individually negotiated DPA (ADMIN, PRIVACY); it then binds the organisation. */
export function NegotiatedDpaForm({ organizationId }: { organizationId: string }) {
  const { form, uploading, answer, submit } = useUpload(
    `/api/admin/organizations/${organizationId}/negotiated-dpa`,
  );
  const error = (name: string) => (answer && !answer.ok ? answer.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" aria-label="Attach a negotiated DPA" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Title" id="negotiated-title" error={error("title")}>
          <Input name="title" />
        </FormField>
        <FormField label="Effective from" id="negotiated-effective" error={error("effectiveDate")}>
          <Input name="effectiveDate" type="date" />
        </FormField>
      </div>
      <FormField label="Signed PDF (at most 10 MB)" id="negotiated-file">
        <Input name="file" type="file" accept="application/pdf" />
      </FormField>
      <Button type="submit" variant="secondary" disabled={uploading}>
        {uploading ? "Attaching…" : "Attach negotiated DPA"}
      </Button>
      {answer && (
        <Alert tone={answer.ok ? "success" : "danger"}>
          <span role="status">{answer.message}</span>
        </Alert>
      )}
    </form>
  );
}
