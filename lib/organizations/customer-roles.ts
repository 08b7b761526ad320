// The customer roles, and which of them a member may hand out or manage (S11): managing members is
// OWNER/ADMIN work, and only an OWNER makes, changes or removes owners.
import { customerCan } from "../auth/authorization/permissions.ts";
import { CustomerRole } from "../generated/prisma/enums.ts";

export const CUSTOMER_ROLES = Object.values(CustomerRole) as [CustomerRole, ...CustomerRole[]];

/** Roles a member with `viewerRole` may hand out (OWNER only for owners; none without the permission). */
export function assignableRoles(viewerRole: CustomerRole): CustomerRole[] {
  if (!customerCan(viewerRole, "org.members.manage")) return [];
  return CUSTOMER_ROLES.filter((role) => role !== "OWNER" || viewerRole === "OWNER");
}

/** Whether a member with `viewerRole` may change the role of, or remove, a member with `targetRole`. */
export function mayManage(viewerRole: CustomerRole, targetRole: CustomerRole): boolean {
  return customerCan(viewerRole, "org.members.manage") && (targetRole !== "OWNER" || viewerRole === "OWNER");
}
