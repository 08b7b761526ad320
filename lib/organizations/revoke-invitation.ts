import "server-only";
// Revoking an invitation (S11, S12, S17): its link stops working. The organisation comes from the
// invitation, never from the form; another organisation's invitation is not found.
import type { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgForRecord } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { revokeInvitationInput } from "./invitation-input.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";

export async function revokeInvitation(
  ctx: Context,
  input: z.infer<typeof revokeInvitationInput>,
): Promise<void> {
  const org = await authorizeOrgForRecord(
    ctx,
    "org.members.manage",
    { type: "Invitation", id: input.invitationId },
    async () =>
      (
        await db.invitation.findUnique({
          where: { id: input.invitationId },
          select: { organizationId: true },
        })
      )?.organizationId ?? null,
  );
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, organizationId: org.organizationId },
      select: { email: true, role: true },
    });
    if (!invitation) throw new AppError("not_found");
    const revoked = await tx.invitation.updateMany({
      where: {
        id: input.invitationId,
        organizationId: org.organizationId,
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: ctx.clock.now() },
    });
    if (revoked.count === 0) throw new AppError("conflict", ORGANIZATION_MESSAGES.invitationAlreadyClosed);
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        action: "org.invitation.revoked",
        target: { type: "Invitation", id: input.invitationId },
        request: ctx.request,
        metadata: { email: invitation.email, role: invitation.role },
      },
      { tx, clock: ctx.clock },
    );
  });
}
