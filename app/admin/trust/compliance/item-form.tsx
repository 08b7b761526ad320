"use client";

import { Button, FormField, Input, Select, TextArea } from "@/app/_ui";
import { FormResult, useActionForm } from "@/app/_ui/use-action-form";
import { isoDate } from "@/lib/time/calendar-date";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-bounds";
import { COMPLIANCE_STATUS_LABELS } from "@/lib/trust/compliance/messages";
import type { CertificateOption, ComplianceItemForStaff } from "@/lib/trust/compliance/staff-view";
import { COMPLIANCE_STATUSES } from "@/lib/trust/compliance/statuses";
import { createComplianceItemAction, updateComplianceItemAction } from "./actions";

/** Adds a roadmap item, or edits `item` when given. */
export function ComplianceItemForm({
  item,
  certificates,
}: {
  item?: ComplianceItemForStaff;
  certificates: CertificateOption[];
}) {
  const { state, formAction, pending, fieldError } = useActionForm(
    item ? updateComplianceItemAction : createComplianceItemAction,
  );
  const prefix = item ? `edit-${item.id}` : "new";
  // A certificate that was archived since stays selectable until staff choose another.
  const choices =
    item?.certificate && !certificates.some((c) => c.id === item.certificate!.id)
      ? [
          ...certificates,
          { id: item.certificate.id, title: `${item.certificate.title} (archived)`, slug: "", gated: false },
        ]
      : certificates;
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label={item ? `Edit ${item.standard}` : "Add a standard"}
    >
      <FormResult state={state} />
      {item && <input type="hidden" name="id" value={item.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          id={`${prefix}-standard`}
          label="Standard"
          hint="e.g. ISO/IEC 27001:2022"
          error={fieldError("standard")}
        >
          <Input name="standard" defaultValue={item?.standard ?? ""} required maxLength={120} />
        </FormField>
        <FormField id={`${prefix}-status`} label="Status" error={fieldError("status")}>
          <Select name="status" defaultValue={item?.status ?? "PLANNED"}>
            {COMPLIANCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {COMPLIANCE_STATUS_LABELS.en[status]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          id={`${prefix}-target`}
          label="Target date"
          hint="Optional"
          error={fieldError("targetDate")}
        >
          <Input
            name="targetDate"
            type="date"
            min={DATE_INPUT_BOUNDS.minDay}
            max={DATE_INPUT_BOUNDS.maxDay}
            defaultValue={item?.targetDate ? isoDate(item.targetDate) : ""}
          />
        </FormField>
      </div>
      <FormField
        id={`${prefix}-standard-de`}
        label="German name"
        hint="Optional: the name German pages show, e.g. DSGVO (Verordnung (EU) 2016/679). Leave empty when it is the same."
        error={fieldError("standardDe")}
      >
        <Input name="standardDe" defaultValue={item?.standardDe ?? ""} maxLength={120} lang="de" />
      </FormField>
      <FormField id={`${prefix}-description`} label="Description (English)" error={fieldError("description")}>
        <TextArea name="description" rows={3} maxLength={2000} defaultValue={item?.description ?? ""} />
      </FormField>
      <FormField
        id={`${prefix}-description-de`}
        label="Description (German)"
        hint="Leave empty to show the English text, labelled as such."
        error={fieldError("descriptionDe")}
      >
        <TextArea name="descriptionDe" rows={3} maxLength={2000} defaultValue={item?.descriptionDe ?? ""} />
      </FormField>
      <FormField
        id={`${prefix}-certificate`}
        label="Certificate"
        hint={
          certificates.length === 0
            ? "No documents in the library yet: upload the certificate under Document library first."
            : "A document from the library; the roadmap links to it."
        }
        error={fieldError("certificateDocumentId")}
      >
        <Select name="certificateDocumentId" defaultValue={item?.certificate?.id ?? ""}>
          <option value="">None</option>
          {choices.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
              {document.gated ? " (under NDA)" : ""}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : item ? "Save changes" : "Add to roadmap"}
      </Button>
    </form>
  );
}
