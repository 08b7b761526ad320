// Our own checks of the id token's claims (SECURITY.md S7, S8). MSAL exchanges the code over TLS with
// the client secret and the PKCE verifier, and compares the nonce, but it does not check the audience,
// issuer or tenant: we do, against the connection the sign-in was started for. (The signature is not
// verified: the token comes straight from the token endpoint over TLS, OpenID Connect Core 3.1.3.7.)
import { z } from "zod";
import { toSingleLine } from "../../text/single-line.ts";

export type ExpectedIdToken = {
  clientId: string;
  tenantId: string;
  issuer: string;
  nonce: string;
  now: Date;
};

export type SsoIdentityClaims = {
  tenantId: string;
  objectId: string;
  /** Lower-cased; from `email`, else a `preferred_username` that is an email address. */
  email: string | null;
  name: string | null;
  /** The provider says the user passed multi-factor authentication (`amr` contains "mfa"). */
  mfa: boolean;
};

export type IdTokenFailure =
  | "malformed_token"
  | "audience_mismatch"
  | "issuer_mismatch"
  | "tenant_mismatch"
  | "nonce_mismatch"
  | "token_expired";

const CLOCK_SKEW_SECONDS = 300;

const claimsShape = z.object({
  aud: z.union([z.string(), z.array(z.string())]),
  iss: z.string(),
  tid: z.string(),
  oid: z.string().min(1).max(128),
  nonce: z.string().optional(),
  exp: z.number().optional(),
  nbf: z.number().optional(),
  email: z.string().optional(),
  preferred_username: z.string().optional(),
  name: z.string().optional(),
  amr: z.array(z.string()).optional(),
});

const emailShape = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(320));

export function checkIdTokenClaims(
  claims: unknown,
  expected: ExpectedIdToken,
): { ok: true; identity: SsoIdentityClaims } | { ok: false; reason: IdTokenFailure } {
  const parsed = claimsShape.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: "malformed_token" };
  const c = parsed.data;
  // Entra issues a single audience; an array is accepted only if our client is its sole member.
  const audience = Array.isArray(c.aud) ? (c.aud.length === 1 ? c.aud[0] : undefined) : c.aud;
  if (audience !== expected.clientId) return { ok: false, reason: "audience_mismatch" };
  if (c.iss !== expected.issuer) return { ok: false, reason: "issuer_mismatch" };
  if (c.tid.toLowerCase() !== expected.tenantId) return { ok: false, reason: "tenant_mismatch" };
  if (c.nonce === undefined || c.nonce !== expected.nonce) return { ok: false, reason: "nonce_mismatch" };
  const now = Math.floor(expected.now.getTime() / 1000);
  if (
    (c.exp !== undefined && c.exp + CLOCK_SKEW_SECONDS < now) ||
    (c.nbf !== undefined && c.nbf - CLOCK_SKEW_SECONDS > now)
  ) {
    return { ok: false, reason: "token_expired" };
  }
  const email =
    [c.email, c.preferred_username].map((v) => emailShape.safeParse(v)).find((r) => r.success)?.data ?? null;
  return {
    ok: true,
    identity: {
      tenantId: c.tid.toLowerCase(),
      objectId: c.oid.toLowerCase(),
      email,
      // The user cannot edit the claim, so it is cleaned to one line of plain text, not refused (S25).
      name: toSingleLine(c.name ?? "", 120) || null,
      mfa: c.amr?.includes("mfa") ?? false,
    },
  };
}
