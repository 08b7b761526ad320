// Staff working requests: the caller must hold dsr.manage (ADMIN, PRIVACY) to change one, dsr.view
// (ADMIN, PRIVACY, SUPPORT) to read; their audit context. Customers are told the page does not exist.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { auditContextOf, type DsrAuditContext } from "../audit.ts";

export async function authorizeDsrStaff(
  ctx: Context,
  action: "dsr.view" | "dsr.manage",
): Promise<{ staff: SignedInContext; audit: DsrAuditContext }> {
  const staff = await authorizeStaff(ctx, action);
  return { staff, audit: auditContextOf(staff) };
}
