import "server-only";
// Accepting a staff invitation (S1, S17): only now is the staff role granted. A signed-in user whose
// address the invitation names takes the role onto their account; someone without an account chooses a
// name and a password (through the password policy) and becomes a staff user in one step (their first
// sign-in then asks them to set up two-factor authentication, like every staff account). The invitation
// is used by compare-and-set inside the transaction, so exactly one acceptance wins.
import { recordAudit } from "../../audit/record.ts";
import { requireSignedIn } from "../../auth/authorization/authorize.ts";
import { hashPassword } from "../../auth/passwords/password-hash.ts";
import { assertAcceptablePassword } from "../../auth/passwords/password-policy.ts";
import type { Context } from "../../context/context.ts";
import { hashToken } from "../../crypto/token.ts";
import { db, type Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { AppError } from "../../errors.ts";
import type { StaffRole } from "../../generated/prisma/enums.ts";
import type { AcceptAsNewUserInput } from "../../organizations/invitation-input.ts";
import { ADMIN_MESSAGES } from "../messages.ts";
import { staffInvitationForToken } from "./staff-invitation-by-token.ts";

type Claimed = { id: string; email: string; role: StaffRole };

const invalid = () => new AppError("conflict", ADMIN_MESSAGES.invalidInvitation);

async function claim(tx: Tx, token: string, now: Date): Promise<Claimed> {
  const invitation = await tx.staffInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, role: true },
  });
  if (!invitation) throw invalid();
  const claimed = await tx.staffInvitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) throw invalid();
  return invitation;
}

async function auditAccepted(
  tx: Tx,
  ctx: Context,
  invitation: Claimed,
  user: { id: string; email: string },
  newUser: boolean,
): Promise<void> {
  await recordAudit(
    {
      organizationId: null,
      actor: { userId: user.id, label: user.email },
      action: "admin.staff.invitation_accepted",
      target: { type: "StaffInvitation", id: invitation.id },
      request: ctx.request,
      metadata: { email: invitation.email, role: invitation.role, newUser },
    },
    { tx, clock: ctx.clock },
  );
}

/** The signed-in caller, invited under their own address, takes the staff role. */
export async function acceptStaffInvitationAsUser(ctx: Context, token: string): Promise<{ role: StaffRole }> {
  const { actor } = requireSignedIn(ctx);
  const view = await staffInvitationForToken(token, ctx.clock);
  if (view.status !== "valid") throw invalid();
  if (view.email !== actor.email)
    throw new AppError("forbidden", ADMIN_MESSAGES.invitationForSomeoneElse(view.email, actor.email));
  return db.$transaction(async (tx) => {
    const invitation = await claim(tx, token, ctx.clock.now());
    await tx.staffRoleAssignment.createMany({
      data: [{ userId: actor.userId, role: invitation.role, createdAt: ctx.clock.now() }],
      skipDuplicates: true,
    });
    await auditAccepted(tx, ctx, invitation, { id: actor.userId, email: actor.email }, false);
    return { role: invitation.role };
  });
}

/** Someone without an account accepts: a new staff user. The caller then starts their session. */
export async function acceptStaffInvitationAsNewUser(
  ctx: Context,
  input: AcceptAsNewUserInput,
): Promise<{ userId: string }> {
  const view = await staffInvitationForToken(input.token, ctx.clock);
  if (view.status !== "valid") throw invalid();
  if (view.accountExists) throw new AppError("conflict", ADMIN_MESSAGES.accountExists(view.email));
  await assertAcceptablePassword(input.password, { email: view.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const now = ctx.clock.now();
      const invitation = await claim(tx, input.token, now);
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          credential: { create: { passwordHash, passwordChangedAt: now } },
          staffRoles: { create: { role: invitation.role, createdAt: now } },
        },
        select: { id: true, email: true },
      });
      await auditAccepted(tx, ctx, invitation, user, true);
      return { userId: user.id };
    });
  } catch (error) {
    // The address got an account between the check and the insert (unique email).
    if (isUniqueViolation(error)) throw new AppError("conflict", ADMIN_MESSAGES.accountExists(view.email));
    throw error;
  }
}
