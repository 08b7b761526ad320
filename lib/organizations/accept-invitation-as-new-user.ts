import "server-only";
// Someone without an account accepts an invitation (S1, S17): they choose a name and a password (through
// the password policy) and become a user and member in one step. The caller then starts their session.
// Refused when the address already has an account (they sign in and accept instead).
import { hashPassword } from "../auth/passwords/password-hash.ts";
import { assertAcceptablePassword } from "../auth/passwords/password-policy.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { AppError } from "../errors.ts";
import { auditAccepted, claimInvitation } from "./claim-invitation.ts";
import { invitationForToken } from "./invitation-by-token.ts";
import type { AcceptAsNewUserInput } from "./invitation-input.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { controller, trackFacts } from "../records-of-processing/fact-history.ts";

export async function acceptInvitationAsNewUser(
  ctx: Context,
  input: AcceptAsNewUserInput,
): Promise<{ userId: string; slug: string }> {
  const view = await invitationForToken(input.token, ctx.clock);
  if (view.status !== "valid") throw new AppError("conflict", ORGANIZATION_MESSAGES.invalidInvitation);
  if (view.accountExists) throw new AppError("conflict", ORGANIZATION_MESSAGES.accountExists(view.email));
  await assertAcceptablePassword(input.password, { email: view.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await claimInvitation(tx, input.token, ctx.clock);
      if (!invitation) throw new AppError("conflict", ORGANIZATION_MESSAGES.invalidInvitation);
      const now = ctx.clock.now();
      const user = await trackFacts(tx, [controller(invitation.organizationId)], now, () =>
        tx.user.create({
          data: {
            email: invitation.email,
            name: input.name,
            credential: { create: { passwordHash, passwordChangedAt: now } },
            memberships: { create: { organizationId: invitation.organizationId, role: invitation.role } },
          },
          select: { id: true, email: true },
        }),
      );
      await auditAccepted(tx, invitation, user, { request: ctx.request, clock: ctx.clock, newUser: true });
      return { userId: user.id, slug: invitation.slug };
    });
  } catch (error) {
    // The address got an account between the check and the insert (unique email).
    if (isUniqueViolation(error))
      throw new AppError("conflict", ORGANIZATION_MESSAGES.accountExists(view.email));
    throw error;
  }
}
