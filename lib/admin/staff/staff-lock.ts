import "server-only";
// One change of staff roles at a time (S23): two admins demoting each other at once would otherwise each
// see the other still an ADMIN and leave none. Held until the transaction ends.
import type { Tx } from "../../db/client.ts";

export async function lockStaffRoles(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('article28:staff-roles'))`;
}
