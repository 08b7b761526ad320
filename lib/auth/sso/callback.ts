import "server-only";
// Finishes Microsoft sign-in (SECURITY.md S7, S8, S17): the state must be one this browser started,
// unexpired, and is used once; the code is exchanged with the PKCE verifier; the id token's audience,
// issuer, tenant and nonce are checked against the connection; the user is found by (tid, oid) or
// provisioned just in time; the session starts with the provider's MFA claim (amr "mfa") counted as
// the second factor for this organisation only (ADR 0014), otherwise the organisations' MFA policy
// decides. Every failure is audited once; callbacks without a known state, which anyone can send, are
// summarised per address and window (S24).
// A request started by a signed-in user to connect their Microsoft account (linkUserId) passes the same
// checks, needs this browser's session to be that user's, and links the identity without a session.
import { timingSafeEqual } from "node:crypto";
import { recordAudit, type AuditInput } from "../../audit/record.ts";
import { recordRefusal } from "../../audit/refusals.ts";
import type { Context } from "../../context/context.ts";
import { open } from "../../crypto/secret-box.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { startSession } from "../sessions/start-session.ts";
import { authorityFor } from "./authority.ts";
import { enabledConnectionOf } from "./connection.ts";
import type { SsoErrorCode } from "./messages.ts";
import { checkIdTokenClaims } from "./id-token.ts";
import { msalClientFor, SSO_SCOPES, ssoRedirectUri } from "./msal.ts";
import { linkVerifiedIdentity } from "./link-complete.ts";
import { resolveSsoUser } from "./provisioning.ts";
import { codeVerifierContext } from "./start.ts";
import { takeSsoStateCookie } from "./state-cookie.ts";

/** The query parameters Microsoft sent back. */
export type SsoCallbackInput = { state: string | null; code: string | null; error: string | null };

export type SsoSignedIn = {
  ok: true;
  outcome: "signed_in";
  userId: string;
  sessionId: string;
  next: "none" | "challenge" | "enrol";
  redirectTo: string;
};
export type SsoLinked = { ok: true; outcome: "linked"; redirectTo: string };
/** `link`: the request was a signed-in user connecting their Microsoft account (the error belongs on their account page). */
export type SsoCallbackFailure = { ok: false; error: SsoErrorCode; link?: true };
export type SsoCallbackResult = SsoSignedIn | SsoLinked | SsoCallbackFailure;

/**
 * The callback for this browser: the state it started is taken from its binding cookie
 * (lib/auth/sso/state-cookie.ts) and forgotten; the caller's active session (if any) is who a link must
 * be for. On a sign-in the caller sets the session cookie of the returned session.
 */
export async function completeSsoSignIn(ctx: Context, input: SsoCallbackInput): Promise<SsoCallbackResult> {
  const { request, clock } = ctx;
  const boundState = takeSsoStateCookie(ctx.cookies);
  const sessionUserId = ctx.actor?.userId ?? null;
  const failed = async (
    organizationId: string | null,
    reason: string,
    error: SsoErrorCode,
    extra: Record<string, unknown> = {},
    linkUserId: string | null = null,
  ) => {
    await recordAudit(
      {
        organizationId,
        actor: { userId: linkUserId, label: linkUserId ? await accountLabel(linkUserId) : "(unknown)" },
        action: linkUserId ? "sso.identity.link_failed" : "sso.sign_in.failed",
        request,
        metadata: { reason, ...extra },
      },
      { clock },
    );
    return { ok: false as const, error, ...(linkUserId && { link: true as const }) };
  };

  const stray = async (reason: string) => {
    const event: AuditInput = {
      organizationId: null,
      actor: { userId: null, label: "(unknown)" },
      action: "sso.sign_in.failed",
      request,
      metadata: { reason },
    };
    await recordRefusal([event], request.ip ?? "unknown", clock);
    return { ok: false as const, error: "sso_restart" as const };
  };
  if (!input.state || input.state.length > 200) return stray("missing_state");
  const stateHash = hashToken(input.state);
  // Deleting is the lookup: of two concurrent callbacks with one state, only one gets the row.
  const pending = await db.ssoAuthRequest.delete({ where: { stateHash } }).catch((error: unknown) => {
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025")
      return null;
    throw error;
  });
  if (!pending) return stray("unknown_state");
  const org = pending.organizationId;
  const refuse = (reason: string, error: SsoErrorCode, extra: Record<string, unknown> = {}) =>
    failed(org, reason, error, extra, pending.linkUserId);
  if (!boundState || !sameText(boundState, input.state)) return refuse("state_not_bound", "sso_restart");
  if (pending.expiresAt <= clock.now()) return refuse("state_expired", "sso_restart");
  // A link is only ever for the user who started it, in the browser they started it in: no code is
  // redeemed for anyone else's session (or for no session at all).
  if (pending.linkUserId && sessionUserId !== pending.linkUserId)
    return refuse("session_mismatch", "sso_restart", { signedIn: sessionUserId !== null });
  if (input.error)
    return refuse("provider_error", "sso_cancelled", { providerError: input.error.slice(0, 100) });
  if (!input.code) return refuse("missing_code", "sso_failed");

  const connection = await enabledConnectionOf(org);
  if (!connection) return refuse("connection_unavailable", "sso_unavailable");

  let claims: object;
  try {
    const result = await msalClientFor(connection).acquireTokenByCode({
      code: input.code,
      codeVerifier: open(pending.codeVerifierEnc, codeVerifierContext(stateHash)),
      redirectUri: ssoRedirectUri(),
      scopes: SSO_SCOPES,
      nonce: pending.nonce,
    });
    claims = result.idTokenClaims;
  } catch (error) {
    const errorCode = msalErrorCode(error);
    if (errorCode === "nonce_mismatch") return refuse("nonce_mismatch", "sso_failed", { errorCode });
    console.error(`[sso] token exchange failed for organisation ${org}: ${errorCode}`);
    return refuse("token_exchange_failed", "sso_failed", { errorCode });
  }

  const checked = checkIdTokenClaims(claims, {
    clientId: connection.clientId,
    tenantId: connection.tenantId,
    issuer: authorityFor(connection.tenantId).issuer,
    nonce: pending.nonce,
    now: clock.now(),
  });
  if (!checked.ok) return refuse(checked.reason, "sso_failed", describeClaims(claims));

  if (pending.linkUserId) {
    const linked = await linkVerifiedIdentity(ctx, {
      connection,
      identity: checked.identity,
      userId: pending.linkUserId,
    });
    if (!linked.ok) return { ok: false, error: linked.error, link: true };
    return { ok: true, outcome: "linked", redirectTo: pending.callbackUrl };
  }

  const resolved = await resolveSsoUser(ctx, connection, checked.identity);
  if (!resolved.ok) return { ok: false, error: resolved.error };

  const session = await startSession(ctx, {
    userId: resolved.userId,
    method: "SSO",
    ssoOrganizationId: connection.organizationId,
    mfaSatisfied: checked.identity.mfa,
  });
  if (!session.ok) return { ok: false, error: "sso_account_disabled" }; // startSession audited the refusal
  return {
    ok: true,
    outcome: "signed_in",
    userId: session.userId,
    sessionId: session.sessionId,
    next: session.next,
    // A second factor still owed is asked for first (/continue routes there).
    redirectTo: session.next === "none" ? pending.callbackUrl : "/continue",
  };
}

/** Who a failed link was for, as the audit log names them. */
async function accountLabel(userId: string): Promise<string> {
  return (
    (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ??
    "(deleted account)"
  );
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function msalErrorCode(error: unknown): string {
  const code =
    typeof error === "object" && error !== null ? (error as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === "string" && code ? code.slice(0, 100) : "unknown_error";
}

/** What a refused token claimed (for the audit log): identifiers only, never the token. */
function describeClaims(claims: object): Record<string, unknown> {
  const c = claims as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 200) : null);
  return {
    claimedAudience: text(c.aud),
    claimedIssuer: text(c.iss),
    claimedTenant: text(c.tid),
    objectId: text(c.oid),
  };
}
