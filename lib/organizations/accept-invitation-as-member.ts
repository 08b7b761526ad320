import "server-only";
// A signed-in user accepts an invitation addressed to their own email and becomes a member with the
// invited role (S1, S17). Someone signed in under another address is told to switch accounts.
import { requireSignedIn } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { auditAccepted, claimInvitation } from "./claim-invitation.ts";
import { invitationForToken } from "./invitation-by-token.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { controller, trackFacts } from "../records-of-processing/fact-history.ts";

/** Returns the organisation's slug (the caller opens its portal). */
export async function acceptInvitationAsMember(ctx: Context, token: string): Promise<{ slug: string }> {
  const { actor } = requireSignedIn(ctx);
  const view = await invitationForToken(token, ctx.clock);
  if (view.status !== "valid") throw new AppError("conflict", ORGANIZATION_MESSAGES.invalidInvitation);
  if (view.email !== actor.email)
    throw new AppError("forbidden", ORGANIZATION_MESSAGES.invitationForSomeoneElse(view.email, actor.email));
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, token, ctx.clock);
    if (!invitation) throw new AppError("conflict", ORGANIZATION_MESSAGES.invalidInvitation);
    const created = await trackFacts(tx, [controller(invitation.organizationId)], ctx.clock.now(), () =>
      tx.membership.createMany({
        data: [{ organizationId: invitation.organizationId, userId: actor.userId, role: invitation.role }],
        skipDuplicates: true,
      }),
    );
    if (created.count === 1)
      await auditAccepted(
        tx,
        invitation,
        { id: actor.userId, email: actor.email },
        { request: ctx.request, clock: ctx.clock, newUser: false },
      );
    return { slug: invitation.slug };
  });
}
