import "server-only";
// What any invitation costs (S20): one attempt against the inviting user's limit and one against the
// budget of what they invite into (an organisation, or the provider's own staff). Counted before anything
// is stored or sent; a spent budget is refused as rate_limited with the time to wait.
import type { SignedInContext } from "../context/context.ts";
import { AppError } from "../errors.ts";
import { consumeAttempt, minutesToWait, RULES } from "../security/throttle.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";

export const INVITATION_DAYS = 7;
const DAY = 86_400_000;

/** Spends one invitation of `ctx`'s actor and of `budget`; the new invitation's expiry. */
export async function spendInvitationBudget(
  ctx: SignedInContext,
  budget: string,
): Promise<{ expiresAt: Date }> {
  const verdict = await consumeAttempt(
    [
      { rule: RULES.invitationUser, subject: ctx.actor.userId },
      { rule: RULES.invitationOrganization, subject: budget },
    ],
    ctx.clock,
  );
  if (verdict.blocked)
    throw new AppError(
      "rate_limited",
      ORGANIZATION_MESSAGES.tooManyInvitations(minutesToWait(verdict.retryAfterMs)),
      {
        retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000),
      },
    );
  return { expiresAt: new Date(ctx.clock.now().getTime() + INVITATION_DAYS * DAY) };
}
