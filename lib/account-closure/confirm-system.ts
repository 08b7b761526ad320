import "server-only";
// A MANUAL system of a deletion in progress has no protocol: staff (admin.organizations.manage) delete the
// organisation's data there by hand and record it — done, with the records removed and what they did, or
// failed, with why. Their name and words go on the certificate, which waits for every such system
// (./ask-systems.ts). Audited in both chains; the closure job is asked to run at once.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { requestClosureRun } from "../jobs/account-closure-jobs.ts";
import type { ConfirmSystemInput } from "./input.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";
import { systemOfDeletion } from "./system-of-deletion.ts";

export async function confirmManualSystem(
  ctx: Context,
  input: ConfirmSystemInput,
): Promise<{ system: string; outcome: "DONE" | "FAILED" }> {
  const staff = await authorizeStaff(ctx, "admin.organizations.manage");
  const now = staff.clock.now();
  const result = await db.$transaction(async (tx) => {
    const { closure, system } = await systemOfDeletion(tx, input);
    const records = input.outcome === "DONE" ? (input.records ?? null) : null;
    const confirmed = await tx.accountClosureSystem.updateMany({
      where: { id: system.id, connector: "MANUAL", status: "PENDING" },
      data: {
        status: input.outcome,
        answeredAt: now,
        records,
        evidence: input.evidence,
        error: input.outcome === "FAILED" ? input.evidence : null,
        confirmedById: staff.actor.userId,
        confirmedByName: staff.actor.name || staff.actor.email,
      },
    });
    if (confirmed.count === 0) throw new AppError("conflict", M.systemNotAwaiting);
    const event = {
      actor: userActor(staff.actor),
      action: "org.closure.system_confirmed" as const,
      target: { type: "AccountClosure", id: closure.id },
      request: staff.request,
      metadata: {
        closureId: closure.id,
        reference: closure.reference,
        system: system.systemKey,
        outcome: input.outcome,
        records,
      },
    };
    await recordAudit({ ...event, organizationId: closure.organizationId }, { tx, clock: staff.clock });
    await recordAudit({ ...event, organizationId: null }, { tx, clock: staff.clock });
    return { system: system.systemName, outcome: input.outcome };
  });
  await requestClosureRun();
  return result;
}
