import "server-only";
// Where Microsoft sign-in goes for a tenant, and which issuer its id tokens must name (SECURITY.md S7).
// Production: https://login.microsoftonline.com/<tenant>, issuer https://login.microsoftonline.com/<tenant>/v2.0.
// Tests: SSO_TEST_AUTHORITY (a loopback URL of lib/testing/fake-oidc.ts). MSAL refuses non-https
// authorities, so the authority is named https://login.test/<tenant> and MSAL is given that host's
// endpoints directly (authorityMetadata), which are the fake's http://127.0.0.1 URLs. lib/config/env.ts
// refuses the variable in production unless APP_URL is itself a loopback address.
import { env } from "../../config/env.ts";

export const ENTRA_AUTHORITY_BASE = "https://login.microsoftonline.com";
export const TEST_AUTHORITY_HOST = "login.test";
export const TEST_AUTHORITY_BASE = `https://${TEST_AUTHORITY_HOST}`;

export type SsoAuthority = {
  /** MSAL's `auth.authority`. */
  authority: string;
  /** The `iss` every id token for this tenant must carry. */
  issuer: string;
  /** Test mode only: MSAL's `knownAuthorities` and `authorityMetadata`. */
  knownAuthorities?: string[];
  authorityMetadata?: string;
};

/** The authority for this deployment's configuration. */
export function authorityFor(tenantId: string): SsoAuthority {
  return buildAuthority(tenantId, env().SSO_TEST_AUTHORITY);
}

export function buildAuthority(tenantId: string, testAuthority: string | undefined): SsoAuthority {
  if (!testAuthority) {
    return {
      authority: `${ENTRA_AUTHORITY_BASE}/${tenantId}`,
      issuer: `${ENTRA_AUTHORITY_BASE}/${tenantId}/v2.0`,
    };
  }
  const endpoints = `${testAuthority.replace(/\/$/, "")}/${tenantId}`;
  const issuer = `${TEST_AUTHORITY_BASE}/${tenantId}/v2.0`;
  return {
    authority: `${TEST_AUTHORITY_BASE}/${tenantId}`,
    issuer,
    knownAuthorities: [TEST_AUTHORITY_HOST],
    authorityMetadata: JSON.stringify({
      issuer,
      authorization_endpoint: `${endpoints}/oauth2/v2.0/authorize`,
      token_endpoint: `${endpoints}/oauth2/v2.0/token`,
      jwks_uri: `${endpoints}/discovery/v2.0/keys`,
      end_session_endpoint: `${endpoints}/oauth2/v2.0/logout`,
    }),
  };
}
