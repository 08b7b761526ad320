// The provider's staff who hold one of some roles and may sign in (not disabled), for the emails the
// platform sends them: reminders and escalations, objections to subprocessors. By address, so a batch of
// outbox rows comes out in the same order every time.
import type { Tx } from "../../db/client.ts";
import type { StaffRole } from "../../generated/prisma/enums.ts";

export type StaffMember = { id: string; email: string; timeZone: string | null };

export function activeStaffWith(
  reader: Pick<Tx, "user">,
  roles: readonly StaffRole[],
): Promise<StaffMember[]> {
  return reader.user.findMany({
    where: { disabledAt: null, staffRoles: { some: { role: { in: [...roles] } } } },
    select: { id: true, email: true, timeZone: true },
    orderBy: { email: "asc" },
  });
}
