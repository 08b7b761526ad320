import "server-only";
// The system part of a deletion in progress that staff act on (./confirm-system.ts, ./retry-system.ts),
// locked for the transaction: not found unless both ids match, conflict unless the closure is DELETING.
import type { Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";

export async function systemOfDeletion(tx: Tx, ids: { closureId: string; systemId: string }) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "AccountClosure" WHERE id = ${ids.closureId} FOR UPDATE`;
  const system = locked
    ? await tx.accountClosureSystem.findFirst({
        where: { id: ids.systemId, closureId: ids.closureId },
        include: {
          closure: { select: { id: true, reference: true, organizationId: true, status: true } },
        },
      })
    : null;
  if (!system) throw new AppError("not_found", M.unknownClosure);
  if (system.closure.status !== "DELETING")
    throw new AppError("conflict", system.connector === "MANUAL" ? M.systemNotAwaiting : M.systemNotFailed);
  return { closure: system.closure, system };
}
