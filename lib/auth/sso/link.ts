import "server-only";
// A signed-in member connects their Microsoft account to their existing account (SECURITY.md S6, S7):
// Microsoft sign-in never links accounts by email, so an account made before its organisation set up
// SSO gets its (tid, oid) identity only this way, with both sides proved: this session (re-authenticated
// within five minutes) and a Microsoft sign-in in the organisation's tenant. The organisation is one of
// the actor's own memberships, named by slug; staff accounts never link a customer's identity provider.
// The callback (lib/auth/sso/callback.ts -> link-complete.ts) finishes the link.
import type { RequestMeta } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { minutesToWait } from "../../security/throttle.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { NotFoundError, UserFacingError } from "../../errors.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { enabledConnectionOf } from "./connection.ts";
import { emailDomain } from "./domains.ts";
import { consumeStartAttempt, startAuthorization } from "./start.ts";

/** Where the browser lands once the account is connected (the page shows a confirmation). */
export const LINKED_PATH = "/account/security?sso=linked";

export async function beginSsoLink(
  actor: Actor,
  slug: string,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ authorizeUrl: string; state: string }> {
  if (actor.staffRoles.length > 0)
    throw new UserFacingError(
      "Staff accounts sign in with their password and second factor, not with Microsoft.",
    );
  const membership = actor.memberships.find((m) => m.slug === slug);
  if (!membership) throw new NotFoundError("The organisation");
  requireRecentReauth(actor, clock);

  const connection = await enabledConnectionOf(membership.organizationId);
  if (!connection) throw new UserFacingError(`${membership.name} does not use Microsoft sign-in.`);
  const already = await db.ssoIdentity.count({
    where: { userId: actor.userId, tenantId: connection.tenantId },
  });
  if (already > 0)
    throw new UserFacingError(`Your Microsoft account for ${membership.name} is already connected.`);
  const attempt = await consumeStartAttempt(request, clock);
  if (attempt.blocked)
    throw new UserFacingError(
      `Too many attempts. Try again in ${minutesToWait(attempt.retryAfterMs)} minutes.`,
    );

  // Pre-select the account only when the user's email could be one of the tenant's; else let them choose.
  const loginHint = connection.allowedDomains.includes(emailDomain(actor.email) ?? "") ? actor.email : null;
  return startAuthorization(
    connection,
    { callbackUrl: LINKED_PATH, linkUserId: actor.userId, loginHint },
    clock,
  );
}
