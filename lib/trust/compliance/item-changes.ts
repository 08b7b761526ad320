// Field-level before/after of a roadmap item edit, for the audit log (dates as calendar days).
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import { isoDate } from "../../time/calendar-date.ts";

export type ComplianceItemFields = {
  standard: string;
  standardDe: string;
  status: ComplianceStatus;
  targetDate: Date | null;
  description: string;
  descriptionDe: string;
  certificateDocumentId: string | null;
};

type Comparable = string | null;

function comparable(value: ComplianceItemFields[keyof ComplianceItemFields]): Comparable {
  return value instanceof Date ? isoDate(value) : value;
}

export function complianceItemChanges(
  before: ComplianceItemFields,
  after: ComplianceItemFields,
): Record<string, { from: Comparable; to: Comparable }> {
  const changes: Record<string, { from: Comparable; to: Comparable }> = {};
  for (const key of Object.keys(after) as (keyof ComplianceItemFields)[]) {
    const from = comparable(before[key]);
    const to = comparable(after[key]);
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}
