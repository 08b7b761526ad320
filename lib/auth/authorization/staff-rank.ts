// Who may act on whose account (SECURITY.md S23): staff roles in rank order, ADMIN above SECURITY above
// the rest (PRIVACY, CONTENT, SUPPORT); customers (no staff role) lowest. An account counts with its
// highest role, and nobody acts on an account of an equal or higher rank, so no one below an ADMIN can
// disable one, and no ADMIN another: the last active ADMIN always stays.
import type { StaffRole } from "../../generated/prisma/enums.ts";

const STAFF_ROLE_RANK: Record<StaffRole, number> = {
  ADMIN: 3,
  SECURITY: 2,
  PRIVACY: 1,
  CONTENT: 1,
  SUPPORT: 1,
};

/** The rank of an account: its highest staff role's, or 0 for a customer. */
export function accountRank(staffRoles: readonly StaffRole[]): number {
  return Math.max(0, ...staffRoles.map((role) => STAFF_ROLE_RANK[role]));
}

/** Whether an account with `actorRoles` ranks above one with `targetRoles`. */
export function outranks(actorRoles: readonly StaffRole[], targetRoles: readonly StaffRole[]): boolean {
  return accountRank(actorRoles) > accountRank(targetRoles);
}
