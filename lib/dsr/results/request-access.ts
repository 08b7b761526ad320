import "server-only";
// A request of the caller's organisation, by the id in the URL: the organisation from the slug (membership
// and role checked there), the request only within it, so another organisation's id is not found (S12).
import { authorizeOrgBySlug, type OrgContext } from "../../auth/authorization/authorize.ts";
import type { CustomerAction } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

export async function authorizeOwnRequest(
  ctx: Context,
  slug: string,
  requestId: string,
  action: CustomerAction,
): Promise<{ org: OrgContext; request: { id: string; reference: string; type: string; status: string } }> {
  const org = await authorizeOrgBySlug(ctx, slug, action);
  if (!ID_PATTERN.test(requestId)) throw new AppError("not_found");
  const request = await db.dataSubjectRequest.findFirst({
    where: { id: requestId, organizationId: org.organizationId },
    select: { id: true, reference: true, type: true, status: true },
  });
  if (!request) throw new AppError("not_found");
  return { org, request };
}
