import "server-only";
// A signed-in member starts Microsoft sign-in through one of their organisations' own connections (ADR
// 0014). An organisation that requires Microsoft sign-in counts only a session that came through its own
// connection; the sign-in page picks the connection by the email's domain, which for a member of several
// organisations may be another organisation's. This start names the organisation instead: one of the
// actor's memberships, by slug. The callback then signs them in as usual, by (tid, oid): the Microsoft
// account must be connected to theirs (Account -> Two-factor authentication) or be their just-in-time one.
import type { Context } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { minutesToWait } from "../../security/throttle.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import { enabledConnectionOf } from "./connection.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { consumeStartAttempt, startAuthorization } from "./start.ts";

/** Starts the sign-in; the caller binds the state to the browser and sends it to `authorizeUrl`. */
export async function beginSsoSignInThrough(
  ctx: Context,
  slug: string,
): Promise<{ authorizeUrl: string; state: string }> {
  const { actor } = requireSignedIn(ctx);
  if (actor.staffRoles.length > 0) throw new AppError("forbidden", SSO_MESSAGES.staffAccount);
  const membership = actor.memberships.find((m) => m.slug === slug);
  if (!membership) throw new AppError("not_found");
  const connection = await enabledConnectionOf(membership.organizationId);
  if (!connection) throw new AppError("conflict", SSO_MESSAGES.notUsed(membership.name));
  const attempt = await consumeStartAttempt(ctx);
  if (attempt.blocked)
    throw new AppError("rate_limited", SSO_MESSAGES.throttled(minutesToWait(attempt.retryAfterMs)), {
      retryAfterSeconds: Math.ceil(attempt.retryAfterMs / 1000),
    });
  return startAuthorization(ctx, connection, { callbackUrl: `/portal/${membership.slug}` });
}
