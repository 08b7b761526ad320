// How an organisation counts its request deadlines (A1, A3): its time zone, the weekend option and the
// processor's contractual due days.
import type { Tx } from "../db/client.ts";
import { db } from "../db/client.ts";
import type { DeadlinePolicy } from "./deadlines.ts";

export type OrganizationDeadlines = { policy: DeadlinePolicy; dueDays: number };

export async function organizationDeadlines(
  organizationId: string,
  tx: Tx = db,
): Promise<OrganizationDeadlines> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { defaultTimeZone: true, dsrDueOnWorkingDay: true, dsrDueDays: true },
  });
  return {
    policy: { timeZone: org.defaultTimeZone, dueOnWorkingDay: org.dsrDueOnWorkingDay },
    dueDays: org.dsrDueDays,
  };
}
