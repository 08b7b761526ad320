// Who may act on whose account (SECURITY.md S23): staff roles in rank order, ADMIN above SECURITY above
// the rest (PRIVACY, CONTENT, SUPPORT); customers (no staff role) lowest. An account counts with its
// highest role, and nobody acts on an account of an equal or higher rank, so no one below an ADMIN can
// disable one, and no ADMIN another: the last active ADMIN always stays.
import { StaffRole } from "../../generated/prisma/enums.ts";

export const STAFF_ROLES = Object.values(StaffRole) as [StaffRole, ...StaffRole[]];

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

/**
 * Whether staff with `actorRoles` may change the staff role of, or reset the second factor of, an account
 * with `targetRoles`: it ranks below them, or they are an ADMIN (who manages every other account; the last
 * active ADMIN is kept by the caller). Never one's own account: callers compare the ids.
 */
export function mayManageAccount(
  actorRoles: readonly StaffRole[],
  targetRoles: readonly StaffRole[],
): boolean {
  return actorRoles.includes("ADMIN") || outranks(actorRoles, targetRoles);
}

/** The staff roles `actorRoles` may grant (invite with, change to): every role for an ADMIN, else those below. */
export function grantableStaffRoles(actorRoles: readonly StaffRole[]): StaffRole[] {
  if (actorRoles.includes("ADMIN")) return [...STAFF_ROLES];
  const rank = accountRank(actorRoles);
  return STAFF_ROLES.filter((role) => STAFF_ROLE_RANK[role] < rank);
}
