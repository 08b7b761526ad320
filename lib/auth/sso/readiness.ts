import "server-only";
// Before an organisation requires SSO: which members could not sign in any more. Password and email-link
// sign-in are blocked for them, and Microsoft sign-in never links an existing account by email (S7), so
// a member without a Microsoft identity in the connection's tenant would be locked out.
import { db } from "../../db/client.ts";

/** Members of the organisation with no SSO identity in its connection's tenant (all members if none is set up). */
export async function membersWithoutSsoIdentity(
  organizationId: string,
): Promise<{ count: number; userIds: string[] }> {
  const connection = await db.ssoConnection.findUnique({
    where: { organizationId },
    select: { tenantId: true },
  });
  const rows = await db.membership.findMany({
    where: {
      organizationId,
      ...(connection && { user: { ssoIdentities: { none: { tenantId: connection.tenantId } } } }),
    },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  return { count: rows.length, userIds: rows.map((r) => r.userId) };
}
