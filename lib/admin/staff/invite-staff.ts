import "server-only";
// Inviting a colleague to the staff with one role (S11, S17, S20, S23): staff who manage users invite with
// a role below their own (an ADMIN with any role). The role is granted only when the invitation is
// accepted. Like a customer invitation (lib/organizations/invite-member.ts): valid 7 days, single use,
// only the token's hash stored, the link emailed through the outbox (sealed), rate-limited per inviter
// and for the provider as a whole.
import type { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import { grantableStaffRoles } from "../../auth/authorization/staff-rank.ts";
import { env } from "../../config/env.ts";
import type { Context } from "../../context/context.ts";
import { hashToken, newToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { INVITATION_DAYS, spendInvitationBudget } from "../../organizations/invitation-budget.ts";
import { ADMIN_MESSAGES, staffInvitationEmail } from "../messages.ts";
import type { inviteStaffInput } from "./staff-input.ts";

/** The invitation-per-"organisation" budget, counted for the provider's own staff. */
const PROVIDER_SUBJECT = "provider-staff";

export function staffInvitationUrl(token: string): string {
  return new URL(`/staff-invite/${token}`, env().APP_URL).toString();
}

/** Invites `email`; a new invitation to the same address replaces the earlier ones (their links stop working). */
export async function inviteStaff(
  ctx: Context,
  input: z.infer<typeof inviteStaffInput>,
): Promise<{ email: string; role: z.infer<typeof inviteStaffInput>["role"]; expiresAt: Date }> {
  const staff = await authorizeStaff(ctx, "admin.users.manage");
  const { actor } = staff;
  if (!grantableStaffRoles(actor.staffRoles).includes(input.role))
    throw new AppError("forbidden", ADMIN_MESSAGES.roleNotGrantable(input.role));
  const alreadyStaff = await db.staffRoleAssignment.count({ where: { user: { email: input.email } } });
  if (alreadyStaff) throw new AppError("conflict", ADMIN_MESSAGES.alreadyStaff(input.email));
  const { expiresAt } = await spendInvitationBudget(staff, PROVIDER_SUBJECT);
  const now = ctx.clock.now();
  const token = newToken();
  await db.$transaction(async (tx) => {
    const replaced = await tx.staffInvitation.updateMany({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.staffInvitation.create({
      data: {
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: actor.userId,
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      idempotencyKey: `staff-invitation:${invitation.id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      to: input.email,
      ...staffInvitationEmail({
        inviter: { name: actor.name, email: actor.email },
        role: input.role,
        days: INVITATION_DAYS,
        url: staffInvitationUrl(token),
      }),
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "admin.staff.invited",
        target: { type: "StaffInvitation", id: invitation.id },
        request: ctx.request,
        metadata: { email: input.email, role: input.role, replaced: replaced.count },
      },
      { tx, clock: ctx.clock },
    );
  });
  await requestEmailDelivery();
  return { email: input.email, role: input.role, expiresAt };
}
