import "server-only";
// A signed-in member connects their Microsoft account to their existing account (SECURITY.md S6, S7):
// Microsoft sign-in never links accounts by email, so an account made before its organisation set up
// SSO gets its (tid, oid) identity only this way, with both sides proved: this session (re-authenticated
// within five minutes) and a Microsoft sign-in in the organisation's tenant. The organisation is one of
// the actor's own memberships, named by slug; staff accounts never link a customer's identity provider.
// The callback (lib/auth/sso/callback.ts -> link-complete.ts) finishes the link.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { minutesToWait } from "../../security/throttle.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { enabledConnectionOf } from "./connection.ts";
import { emailDomain } from "./domains.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { consumeStartAttempt, startAuthorization } from "./start.ts";

/** Where the browser lands once the account is connected (the page shows a confirmation). */
export const LINKED_PATH = "/account/security?sso=linked";

/**
 * Starts connecting the caller's Microsoft account for one of their organisations. The caller binds the
 * returned state to the browser (lib/auth/sso/state-cookie.ts) and sends it to `authorizeUrl`.
 */
export async function beginSsoLink(
  ctx: Context,
  slug: string,
): Promise<{ authorizeUrl: string; state: string }> {
  const signedIn = requireSignedIn(ctx);
  const { actor, clock } = signedIn;
  if (actor.staffRoles.length > 0) throw new AppError("forbidden", SSO_MESSAGES.staffAccount);
  const membership = actor.memberships.find((m) => m.slug === slug);
  if (!membership) throw new AppError("not_found");
  requireRecentReauth(actor, clock);

  const connection = await enabledConnectionOf(membership.organizationId);
  if (!connection) throw new AppError("conflict", SSO_MESSAGES.notUsed(membership.name));
  const already = await db.ssoIdentity.count({
    where: { userId: actor.userId, tenantId: connection.tenantId },
  });
  if (already > 0) throw new AppError("conflict", SSO_MESSAGES.alreadyConnected(membership.name));
  const attempt = await consumeStartAttempt(signedIn);
  if (attempt.blocked)
    throw new AppError("rate_limited", SSO_MESSAGES.throttled(minutesToWait(attempt.retryAfterMs)), {
      retryAfterSeconds: Math.ceil(attempt.retryAfterMs / 1000),
    });

  // Pre-select the account only when the user's email could be one of the tenant's; else let them choose.
  const loginHint = connection.approvedDomains.includes(emailDomain(actor.email) ?? "") ? actor.email : null;
  return startAuthorization(signedIn, connection, {
    callbackUrl: LINKED_PATH,
    linkUserId: actor.userId,
    loginHint,
  });
}
