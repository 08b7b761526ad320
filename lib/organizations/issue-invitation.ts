import "server-only";
// The one way an invitation is made, whoever invites (a customer's OWNER/ADMIN, or staff inviting a new
// organisation's first owner): rate-limited per inviting user and per organisation (S20); valid 7 days,
// single use, only its token's hash stored (S17); the emailed link is the only copy of the token (the
// outbox seals it at rest); audited in the organisation's chain. Earlier open invitations it replaces
// stop working.
import { recordAudit, userActor } from "../audit/record.ts";
import { env } from "../config/env.ts";
import type { SignedInContext } from "../context/context.ts";
import { hashToken, newToken } from "../crypto/token.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { recipientLocale } from "../mail/recipient-locale.ts";
import { INVITATION_DAYS, spendInvitationBudget } from "./invitation-budget.ts";
import { invitationEmail } from "./messages.ts";

export function invitationUrl(token: string): string {
  return new URL(`/invite/${token}`, env().APP_URL).toString();
}

export type InvitationRequest = {
  organization: { id: string; name: string };
  email: string;
  role: CustomerRole;
  /**
   * Which open invitations this one replaces: those to the same address, or (for a first owner) every
   * open owner invitation of the organisation too, so a mistyped address cannot still become an owner.
   */
  replaces: "same-email" | "same-email-and-owners";
};

/** Invites `email` as `ctx`'s actor (authorised by the caller); throws `rate_limited` when throttled. */
export async function issueInvitation(
  ctx: SignedInContext,
  request: InvitationRequest,
): Promise<{ email: string; expiresAt: Date }> {
  const { actor } = ctx;
  const { organization, email, role } = request;
  const { expiresAt } = await spendInvitationBudget(ctx, organization.id);
  const now = ctx.clock.now();
  const token = newToken();
  const open = { organizationId: organization.id, acceptedAt: null, revokedAt: null };
  const replaced: Prisma.InvitationWhereInput =
    request.replaces === "same-email" ? { ...open, email } : { ...open, OR: [{ email }, { role: "OWNER" }] };
  await db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({ where: replaced, data: { revokedAt: now } });
    const invitation = await tx.invitation.create({
      data: {
        organizationId: organization.id,
        email,
        role,
        tokenHash: hashToken(token),
        invitedById: actor.userId,
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    // The invitee's own language if the address has an account, else the organisation's default.
    const locale = await recipientLocale(tx, { email }, organization.id);
    await enqueueEmail(tx, {
      idempotencyKey: `invitation:${invitation.id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      organizationId: organization.id,
      to: email,
      ...invitationEmail(locale, {
        organizationName: organization.name,
        inviter: { name: actor.name, email: actor.email },
        role,
        days: INVITATION_DAYS,
        url: invitationUrl(token),
      }),
    });
    await recordAudit(
      {
        organizationId: organization.id,
        actor: userActor(actor),
        action: "org.invitation.created",
        target: { type: "Invitation", id: invitation.id },
        request: ctx.request,
        metadata: { email, role, replaced: revoked.count },
      },
      { tx, clock: ctx.clock },
    );
  });
  await requestEmailDelivery();
  return { email, expiresAt };
}
