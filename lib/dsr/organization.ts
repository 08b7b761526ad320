import "server-only";
// The organisation a portal request page is about, for a caller allowed `action` there (org.dsr.view to
// read, org.dsr.manage for the forms): its name, time zone and whether the caller may manage requests.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { organizationHeader } from "./detail.ts";

export type DsrOrganization = { slug: string; name: string; timeZone: string; canManage: boolean };

export async function dsrOrganization(
  ctx: Context,
  slug: string,
  action: "org.dsr.view" | "org.dsr.manage",
): Promise<DsrOrganization> {
  const org = await authorizeOrgBySlug(ctx, slug, action);
  return { ...(await organizationHeader(org)), canManage: customerCan(org.role, "org.dsr.manage") };
}
