import "server-only";
// What the portal's closure page shows an owner (org.closure.manage): the current closure, if any, with its
// dates and state (a legal hold that keeps it is named by reference, never by reason), or what closing would
// mean (the windows of ./windows.ts).
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { AccountClosureChoice, AccountClosureStatus } from "../generated/prisma/enums.ts";
import { DELETE_WITHIN_DAYS, EXPORT_WINDOW_DAYS } from "./windows.ts";

export type ClosureView = {
  slug: string;
  name: string;
  windows: { returnDays: number; deletionDays: number; deleteWithinDays: number };
  current: {
    id: string;
    reference: string;
    choice: AccountClosureChoice;
    status: AccountClosureStatus;
    requestedAt: Date;
    requestedBy: string;
    deleteAfter: Date;
    deleteBy: Date;
    heldBy: string | null;
    cancellable: boolean;
  } | null;
};

export async function closureView(ctx: Context, slug: string): Promise<ClosureView> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.closure.manage");
  const current = await db.accountClosure.findFirst({
    where: { organizationId: org.organizationId, status: { in: ["SCHEDULED", "HELD", "DELETING"] } },
    orderBy: { requestedAt: "desc" },
  });
  return {
    slug: org.slug,
    name: org.name,
    windows: {
      returnDays: EXPORT_WINDOW_DAYS.RETURN,
      deletionDays: EXPORT_WINDOW_DAYS.DELETION,
      deleteWithinDays: DELETE_WITHIN_DAYS,
    },
    current: current && {
      id: current.id,
      reference: current.reference,
      choice: current.choice,
      status: current.status,
      requestedAt: current.requestedAt,
      requestedBy: current.requestedByName,
      deleteAfter: current.deleteAfter,
      deleteBy: current.deleteBy,
      heldBy: current.status === "HELD" ? current.heldByReference : null,
      cancellable: current.status === "SCHEDULED" || current.status === "HELD",
    },
  };
}
