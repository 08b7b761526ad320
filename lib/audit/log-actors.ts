import "server-only";
// Who counts as the provider's staff in an organisation's own audit log: people with a staff role who
// are not members of that organisation. Their events are the organisation's (they acted on its records),
// but who they are is the provider's: the log names them as the provider's staff (lib/audit/log-entry.ts)
// and their addresses find nothing in its actor filter (lib/audit/log-query.ts). The list is short (the
// provider's staff), read once per page or export.
import { db } from "../db/client.ts";

export async function providerStaffIds(organizationId: string): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { staffRoles: { some: {} }, memberships: { none: { organizationId } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}
