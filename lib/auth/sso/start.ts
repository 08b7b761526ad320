import "server-only";
// Starts Microsoft sign-in for an email whose domain belongs to an organisation's SSO connection
// (SECURITY.md S7): authorization code flow with PKCE (S256), a random state (stored only as its hash,
// single use, 10 minutes) and a nonce, then the user is sent to Microsoft.
import { CryptoProvider } from "@azure/msal-node";
import type { RequestMeta } from "../../audit/record.ts";
import { seal } from "../../crypto/secret-box.ts";
import { hashToken, newToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { consumeAttempt, type ThrottleRule } from "../../security/throttle.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { safeCallbackPath } from "../callback-path.ts";
import { connectionForEmail } from "./connection.ts";
import { msalClientFor, SSO_SCOPES, ssoRedirectUri } from "./msal.ts";

export const SSO_REQUEST_TTL_MS = 10 * 60_000;

/** Each start writes a row: limit them per address so nobody can fill the table. */
export const SSO_START_RULE: ThrottleRule = { name: "sso-start:ip", limit: 60, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

/** The sealed PKCE verifier opens only for the request it was made for. */
export function codeVerifierContext(stateHash: string): string {
  return `sso-pkce:${stateHash}`;
}

export type SsoStartResult =
  | { ok: true; authorizeUrl: string; state: string }
  | { ok: false; reason: "no_connection" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export async function beginSsoSignIn(input: { email: string; callbackUrl?: string | null }, request: RequestMeta, clock: Clock = systemClock): Promise<SsoStartResult> {
  const verdict = await consumeAttempt([{ rule: SSO_START_RULE, subject: request.ip ?? "unknown" }], clock);
  if (verdict.blocked) return { ok: false, reason: "throttled", retryAfterMs: verdict.retryAfterMs };
  const connection = await connectionForEmail(input.email);
  if (!connection) return { ok: false, reason: "no_connection" };

  const now = clock.now();
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
      callbackUrl: safeCallbackPath(input.callbackUrl),
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
    // MSAL drops login_hint when a prompt is given; the hint pre-selects the account the user typed.
    loginHint: input.email,
  });
  return { ok: true, authorizeUrl, state };
}
