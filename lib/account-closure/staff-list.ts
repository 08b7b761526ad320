import "server-only";
// Every account closure for the provider's staff (admin.organizations.view): those in progress first, with
// their dates, then the finished ones, whose certificates staff keep after the organisation is gone.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { AccountClosureChoice, AccountClosureStatus } from "../generated/prisma/enums.ts";

export type StaffClosureRow = {
  id: string;
  reference: string;
  organizationName: string;
  organizationSlug: string;
  choice: AccountClosureChoice;
  status: AccountClosureStatus;
  requestedAt: Date;
  deleteAfter: Date;
  deleteBy: Date;
  heldBy: string | null;
  completedAt: Date | null;
  /** awaitingStaff: MANUAL systems staff have not confirmed yet (the deletion waits for them). */
  systems: { total: number; answered: number; awaitingStaff: number };
  lastError: string | null;
  hasCertificate: boolean;
};

const ORDER: Record<AccountClosureStatus, number> = {
  HELD: 0,
  DELETING: 1,
  SCHEDULED: 2,
  COMPLETED: 3,
  CANCELLED: 4,
};

export async function listClosures(ctx: Context): Promise<StaffClosureRow[]> {
  await authorizeStaff(ctx, "admin.organizations.view");
  const rows = await db.accountClosure.findMany({
    orderBy: { requestedAt: "desc" },
    take: 500,
    include: { systems: { select: { status: true, connector: true } } },
  });
  return rows
    .map((c) => ({
      id: c.id,
      reference: c.reference,
      organizationName: c.organizationName,
      organizationSlug: c.organizationSlug,
      choice: c.choice,
      status: c.status,
      requestedAt: c.requestedAt,
      deleteAfter: c.deleteAfter,
      deleteBy: c.deleteBy,
      heldBy: c.heldByReference,
      completedAt: c.completedAt,
      systems: {
        total: c.systems.length,
        answered: c.systems.filter((s) => s.status !== "PENDING" && s.status !== "WAITING").length,
        awaitingStaff:
          c.status === "DELETING"
            ? c.systems.filter((s) => s.connector === "MANUAL" && s.status === "PENDING").length
            : 0,
      },
      lastError: c.lastError,
      hasCertificate: c.certificate !== null,
    }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
