import "server-only";
// One account closure for the provider's staff (admin.organizations.view): its dates and each connected
// system's part — asked, answered, waiting for staff (a MANUAL system), failed — with what staff may do now.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";

export async function closureForStaff(ctx: Context, closureId: string) {
  await authorizeStaff(ctx, "admin.organizations.view");
  const closure = await db.accountClosure.findUnique({
    where: { id: closureId },
    select: {
      id: true,
      reference: true,
      organizationName: true,
      organizationSlug: true,
      choice: true,
      status: true,
      requestedAt: true,
      requestedByName: true,
      deleteAfter: true,
      deleteBy: true,
      startedAt: true,
      completedAt: true,
      heldByReference: true,
      lastError: true,
      certificateSha256: true,
      systems: {
        orderBy: { systemKey: "asc" },
        select: {
          id: true,
          systemKey: true,
          systemName: true,
          connector: true,
          status: true,
          attempts: true,
          firstAskedAt: true,
          answeredAt: true,
          records: true,
          ground: true,
          error: true,
          confirmedByName: true,
          evidence: true,
        },
      },
    },
  });
  if (!closure) throw new AppError("not_found", M.unknownClosure);
  const deleting = closure.status === "DELETING";
  return {
    ...closure,
    systems: closure.systems.map((s) => ({
      ...s,
      awaitingStaff: deleting && s.connector === "MANUAL" && s.status === "PENDING",
      mayAskAgain: deleting && s.connector === "WEBHOOK" && s.status === "FAILED",
    })),
  };
}
export type StaffClosureDetail = Awaited<ReturnType<typeof closureForStaff>>;
