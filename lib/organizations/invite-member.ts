import "server-only";
// Inviting someone to join an organisation with a role (S11, S12, S17): OWNER/ADMIN invite (an owner
// invitation only by an OWNER); the invitation is valid 7 days and single use, and only its token's hash
// is stored. The emailed link is the only copy of the token (the outbox seals it at rest). Every
// invitation emails an address someone typed, so they are rate-limited per inviting user and per
// organisation (S20).
import type { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { env } from "../config/env.ts";
import type { Context } from "../context/context.ts";
import { hashToken, newToken } from "../crypto/token.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { consumeAttempt, minutesToWait, RULES } from "../security/throttle.ts";
import type { inviteInput } from "./invitation-input.ts";
import { invitationEmail, ORGANIZATION_MESSAGES } from "./messages.ts";

export const INVITATION_DAYS = 7;
const DAY = 86_400_000;

export function invitationUrl(token: string): string {
  return new URL(`/invite/${token}`, env().APP_URL).toString();
}

/** Invites `email`; a new invitation to the same address replaces the earlier ones (their links stop working). */
export async function inviteMember(
  ctx: Context,
  input: z.infer<typeof inviteInput>,
): Promise<{ email: string; expiresAt: Date }> {
  const org = await authorizeOrgBySlug(ctx, input.organization, "org.members.manage");
  if (input.role === "OWNER" && org.role !== "OWNER")
    throw new AppError("forbidden", ORGANIZATION_MESSAGES.onlyOwnerInvitesOwner);
  const alreadyMember = await db.membership.count({
    where: { organizationId: org.organizationId, user: { email: input.email } },
  });
  if (alreadyMember) throw new AppError("conflict", ORGANIZATION_MESSAGES.alreadyMember(input.email));
  const verdict = await consumeAttempt(
    [
      { rule: RULES.invitationUser, subject: org.actor.userId },
      { rule: RULES.invitationOrganization, subject: org.organizationId },
    ],
    ctx.clock,
  );
  if (verdict.blocked) {
    throw new AppError(
      "rate_limited",
      ORGANIZATION_MESSAGES.tooManyInvitations(minutesToWait(verdict.retryAfterMs)),
      {
        retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000),
      },
    );
  }
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY);
  const token = newToken();
  await db.$transaction(async (tx) => {
    const replaced = await tx.invitation.updateMany({
      where: { organizationId: org.organizationId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        organizationId: org.organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: org.actor.userId,
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      idempotencyKey: `invitation:${invitation.id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      organizationId: org.organizationId,
      to: input.email,
      ...invitationEmail({
        organizationName: org.name,
        inviter: { name: org.actor.name, email: org.actor.email },
        role: input.role,
        days: INVITATION_DAYS,
        url: invitationUrl(token),
      }),
    });
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        action: "org.invitation.created",
        target: { type: "Invitation", id: invitation.id },
        request: ctx.request,
        metadata: { email: input.email, role: input.role, replaced: replaced.count },
      },
      { tx, clock: ctx.clock },
    );
  });
  await requestEmailDelivery();
  return { email: input.email, expiresAt };
}
