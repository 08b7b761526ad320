import "server-only";
// Staff (admin.organizations.manage) ask a connected system whose attempts all failed once more, while the
// deletion still waits for another system (a manual one staff have not confirmed): its attempts start again
// under a new `webhook-id`, because the system may have stored its failed answer under the old one and would
// repeat it. Audited in both chains; the closure job is asked to run at once.
import { randomUUID } from "node:crypto";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { requestClosureRun } from "../jobs/account-closure-jobs.ts";
import type { RetrySystemInput } from "./input.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";
import { systemOfDeletion } from "./system-of-deletion.ts";

export async function askSystemAgain(ctx: Context, input: RetrySystemInput): Promise<{ system: string }> {
  const staff = await authorizeStaff(ctx, "admin.organizations.manage");
  const result = await db.$transaction(async (tx) => {
    const { closure, system } = await systemOfDeletion(tx, input);
    const reset = await tx.accountClosureSystem.updateMany({
      where: { id: system.id, connector: "WEBHOOK", status: "FAILED" },
      data: {
        status: "PENDING",
        attempts: 0,
        error: null,
        answeredAt: null,
        records: null,
        tables: [],
        idempotencyKey: randomUUID(),
      },
    });
    if (reset.count === 0) throw new AppError("conflict", M.systemNotFailed);
    const event = {
      actor: userActor(staff.actor),
      action: "org.closure.system_retried" as const,
      target: { type: "AccountClosure", id: closure.id },
      request: staff.request,
      metadata: { closureId: closure.id, reference: closure.reference, system: system.systemKey },
    };
    await recordAudit({ ...event, organizationId: closure.organizationId }, { tx, clock: staff.clock });
    await recordAudit({ ...event, organizationId: null }, { tx, clock: staff.clock });
    return { system: system.systemName };
  });
  await requestClosureRun();
  return result;
}
