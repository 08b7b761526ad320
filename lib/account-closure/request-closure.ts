import "server-only";
// An owner asks to close the organisation's account (D4): re-authenticated within five minutes (S6), the
// choice of return or deletion, the address name typed again. From this transaction on the organisation is
// read-only but for its export and the closure (./read-only.ts); the deletion runs after the export window
// (./windows.ts) through the closure job. Audited in the organisation's chain and the provider's.
import { randomBytes } from "node:crypto";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { requireRecentReauth } from "../auth/sessions/reauth.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { AccountClosureChoice } from "../generated/prisma/enums.ts";
import type { RequestClosureInput } from "./input.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";
import { closureDates } from "./windows.ts";

export type RequestedClosure = {
  id: string;
  reference: string;
  choice: AccountClosureChoice;
  deleteAfter: Date;
  deleteBy: Date;
};

export async function requestClosure(ctx: Context, input: RequestClosureInput): Promise<RequestedClosure> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.closure.manage");
  requireRecentReauth(org.actor, org.clock);
  if (input.confirmation !== org.slug) throw new AppError("invalid", M.confirmName);
  const now = org.clock.now();
  const { deleteAfter, deleteBy } = closureDates(input.choice, now);
  const reference = `AC-${randomBytes(3).toString("hex").toUpperCase()}`;
  return db.$transaction(async (tx) => {
    // One closure at a time: the organisation row is the lock.
    const marked = await tx.organization.updateMany({
      where: { id: org.organizationId, closingSince: null },
      data: { closingSince: now },
    });
    if (marked.count === 0) throw new AppError("conflict", M.alreadyClosing);
    const closure = await tx.accountClosure.create({
      data: {
        reference,
        organizationId: org.organizationId,
        organizationSlug: org.slug,
        organizationName: org.name,
        choice: input.choice,
        requestedById: org.actor.userId,
        requestedByName: org.actor.name || org.actor.email,
        requestedAt: now,
        deleteAfter,
        deleteBy,
      },
      select: { id: true },
    });
    const event = {
      actor: userActor(org.actor),
      action: "org.closure.requested" as const,
      target: { type: "AccountClosure", id: closure.id },
      request: org.request,
      metadata: {
        closureId: closure.id,
        reference,
        choice: input.choice,
        deleteAfter: deleteAfter.toISOString(),
        deleteBy: deleteBy.toISOString(),
      },
    };
    await recordAudit({ ...event, organizationId: org.organizationId }, { tx, clock: org.clock });
    await recordAudit({ ...event, organizationId: null }, { tx, clock: org.clock });
    return { id: closure.id, reference, choice: input.choice, deleteAfter, deleteBy };
  });
}
