// What a grant means right now, for the requester's page, the staff console and the download check:
// only "approved" may download (approved, not revoked, not expired, document still in the library).
import type { AccessGrantStatus } from "../../generated/prisma/enums.ts";

export type GrantState = "pending" | "approved" | "denied" | "expired" | "revoked" | "withdrawn";

export type GrantFacts = {
  status: AccessGrantStatus;
  expiresAt: Date | null;
  revokedAt: Date | null;
  documentArchived: boolean;
};

export function grantState(grant: GrantFacts, now: Date): GrantState {
  if (grant.status === "DENIED") return "denied";
  if (grant.status === "PENDING") return grant.documentArchived ? "withdrawn" : "pending";
  if (grant.revokedAt) return "revoked";
  if (grant.documentArchived) return "withdrawn";
  if (!grant.expiresAt || grant.expiresAt.getTime() <= now.getTime()) return "expired";
  return "approved";
}
