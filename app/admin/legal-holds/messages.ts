// Words of the staff legal-holds page (staff console: English).
import type { DeletionPath, LegalHoldScope } from "@/lib/generated/prisma/enums";

export const LEGAL_HOLDS_CONSOLE_MESSAGES = {
  created: (reference: string) =>
    `Placed legal hold ${reference}: every deletion it covers is refused from now on.`,
  released: (d: { reference: string; erasuresResumed: number; purgesResumed: number }) =>
    `Released ${d.reference}. ${d.erasuresResumed} held erasure${d.erasuresResumed === 1 ? "" : "s"} started again; ` +
    `${d.purgesResumed} held purge${d.purgesResumed === 1 ? "" : "s"} will run now.`,
  scope: {
    ORGANIZATION: "Organisation",
    SUBJECT: "Data subject",
    CATEGORY: "Data category",
    INCIDENT: "Incident",
  } satisfies Record<LegalHoldScope, string>,
  path: {
    RETENTION_PURGE: "Retention purge",
    DSR_ERASURE: "DSR erasure",
    ACCOUNT_DELETION: "Account deletion",
    MANUAL_DELETE: "Manual delete",
  } satisfies Record<DeletionPath, string>,
  everyOrganisation: "every organisation",
};
