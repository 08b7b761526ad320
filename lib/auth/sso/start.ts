import "server-only";
// Starts a Microsoft authorization for an organisation's SSO connection (SECURITY.md S7): authorization
// code flow with PKCE (S256), a random state (stored only as its hash, single use, 10 minutes) and a
// nonce, then the user is sent to Microsoft. Two purposes share it: signing in (the email's domain
// names the connection) and a signed-in user connecting their Microsoft account (lib/auth/sso/link.ts).
import { CryptoProvider } from "@azure/msal-node";
import type { Context } from "../../context/context.ts";
import { seal } from "../../crypto/secret-box.ts";
import { hashToken, newToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { consumeAttempt, type ThrottleRule } from "../../security/throttle.ts";
import { safeCallbackPath } from "../sessions/callback-path.ts";
import { connectionForEmail, type SsoConnectionForSignIn } from "./connection.ts";
import { msalClientFor, SSO_SCOPES, ssoRedirectUri } from "./msal.ts";

export const SSO_REQUEST_TTL_MS = 10 * 60_000;

/** Each start writes a row: limit them per address so nobody can fill the table. */
export const SSO_START_RULE: ThrottleRule = {
  name: "sso-start:ip",
  limit: 60,
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
};

/** The sealed PKCE verifier opens only for the request it was made for. */
export function codeVerifierContext(stateHash: string): string {
  return `sso-pkce:${stateHash}`;
}

export type SsoStartResult =
  | { ok: true; authorizeUrl: string; state: string }
  | { ok: false; reason: "no_connection" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export type AuthorizationOptions = {
  /** Where the callback sends the browser on success: a path on this site (already made safe). */
  callbackUrl: string;
  /** Set when a signed-in user connects their Microsoft account: the callback links instead of signing in. */
  linkUserId?: string | null;
  /** Pre-selects this account at Microsoft; without it, Microsoft asks which account to use. */
  loginHint?: string | null;
};

/** Counts a start against the caller's per-address limit; the retry delay when blocked. */
export async function consumeStartAttempt(
  ctx: Context,
): Promise<{ blocked: false } | { blocked: true; retryAfterMs: number }> {
  const verdict = await consumeAttempt(
    [{ rule: SSO_START_RULE, subject: ctx.request.ip ?? "unknown" }],
    ctx.clock,
  );
  return verdict.blocked ? { blocked: true, retryAfterMs: verdict.retryAfterMs } : { blocked: false };
}

/** Stores the request (state hash, nonce, sealed PKCE verifier) and builds Microsoft's authorize URL. */
export async function startAuthorization(
  ctx: Context,
  connection: SsoConnectionForSignIn,
  options: AuthorizationOptions,
): Promise<{ authorizeUrl: string; state: string }> {
  const now = ctx.clock.now();
  const state = newToken();
  const stateHash = hashToken(state);
  const nonce = newToken();
  const pkce = await new CryptoProvider().generatePkceCodes();
  await db.ssoAuthRequest.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.ssoAuthRequest.create({
    data: {
      stateHash,
      nonce,
      codeVerifierEnc: seal(pkce.verifier, codeVerifierContext(stateHash)),
      organizationId: connection.organizationId,
      callbackUrl: options.callbackUrl,
      linkUserId: options.linkUserId ?? null,
      expiresAt: new Date(now.getTime() + SSO_REQUEST_TTL_MS),
    },
  });
  const authorizeUrl = await msalClientFor(connection).getAuthCodeUrl({
    scopes: SSO_SCOPES,
    redirectUri: ssoRedirectUri(),
    state,
    nonce,
    codeChallenge: pkce.challenge,
    codeChallengeMethod: "S256",
    // MSAL drops login_hint when a prompt is given: either pre-select the account or let the user pick one.
    ...(options.loginHint ? { loginHint: options.loginHint } : { prompt: "select_account" }),
  });
  return { authorizeUrl, state };
}

/**
 * Microsoft sign-in for an email whose domain belongs to an enabled connection. The caller binds the
 * returned state to the browser (lib/auth/sso/state-cookie.ts) and sends it to `authorizeUrl`.
 */
export async function beginSsoSignIn(
  ctx: Context,
  input: { email: string; callbackUrl?: string | null },
): Promise<SsoStartResult> {
  const attempt = await consumeStartAttempt(ctx);
  if (attempt.blocked) return { ok: false, reason: "throttled", retryAfterMs: attempt.retryAfterMs };
  const connection = await connectionForEmail(input.email);
  if (!connection) return { ok: false, reason: "no_connection" };
  const started = await startAuthorization(ctx, connection, {
    callbackUrl: safeCallbackPath(input.callbackUrl),
    loginHint: input.email,
  });
  return { ok: true, ...started };
}
