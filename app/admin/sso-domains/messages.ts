// Words of the staff page where Microsoft sign-in domains are approved or refused (staff console: English).
import type { SsoDomainClaimStatus } from "@/lib/generated/prisma/enums";

export const SSO_DOMAINS_CONSOLE_MESSAGES = {
  approved: (d: { domain: string; organizationName: string }) =>
    `Approved ${d.domain} for ${d.organizationName}: people there now sign in through its Microsoft connection.`,
  refused: (d: { domain: string; organizationName: string; previousStatus: SsoDomainClaimStatus }) =>
    d.previousStatus === "APPROVED"
      ? `Withdrew ${d.domain} from ${d.organizationName}: it no longer routes any sign-in.`
      : `Refused ${d.domain} for ${d.organizationName}.`,
  status: {
    PENDING: "Waiting",
    APPROVED: "Approved",
    REFUSED: "Refused",
  } satisfies Record<SsoDomainClaimStatus, string>,
  /** Who decided, after "by". */
  decidedBy: (email: string | null) => email ?? "the migration that introduced claims",
  members: (n: number) => `${n} member${n === 1 ? "" : "s"}`,
};
