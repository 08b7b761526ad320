import "server-only";
// For the account security page: each of the actor's organisations that signs in with Microsoft, and
// whether the actor's Microsoft account in its tenant is connected (an SsoIdentity with that tenant id).
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import type { Actor } from "../sessions/actor.ts";

export type MicrosoftAccountStatus = {
  slug: string;
  organizationName: string;
  /** When the Microsoft account was connected; null when it is not. */
  connectedAt: Date | null;
  /**
   * The caller's organisations that use the same tenant and require Microsoft sign-in: while there are
   * any, it may not be disconnected (the caller could not sign in any more).
   */
  disconnectBlockedBy: string[];
};

/** The caller's organisations that sign in with Microsoft; nothing for staff (never through a customer's tenant). */
export async function microsoftAccountsOf(ctx: Context): Promise<MicrosoftAccountStatus[]> {
  const { actor } = requireSignedIn(ctx);
  if (actor.staffRoles.length > 0 || actor.memberships.length === 0) return [];
  const connections = await db.ssoConnection.findMany({
    where: { enabled: true, organizationId: { in: actor.memberships.map((m) => m.organizationId) } },
    select: { organizationId: true, tenantId: true, organization: { select: { ssoRequired: true } } },
  });
  const identities = await db.ssoIdentity.findMany({
    where: { userId: actor.userId, tenantId: { in: connections.map((c) => c.tenantId) } },
    select: { tenantId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return actor.memberships.flatMap((membership) => {
    const connection = connections.find((c) => c.organizationId === membership.organizationId);
    if (!connection) return [];
    const identity = identities.find((i) => i.tenantId === connection.tenantId);
    return [
      {
        slug: membership.slug,
        organizationName: membership.name,
        connectedAt: identity?.createdAt ?? null,
        disconnectBlockedBy: blockedBy(connections, connection.tenantId, actor.memberships),
      },
    ];
  });
}

type ConnectionRow = { organizationId: string; tenantId: string; organization: { ssoRequired: boolean } };

/** An identity serves every organisation whose connection uses its tenant: none of them may require SSO. */
function blockedBy(
  connections: ConnectionRow[],
  tenantId: string,
  memberships: Actor["memberships"],
): string[] {
  return connections
    .filter((c) => c.tenantId === tenantId && c.organization.ssoRequired)
    .map((c) => memberships.find((m) => m.organizationId === c.organizationId)?.name)
    .filter((name): name is string => Boolean(name));
}
