import "server-only";
// One MSAL confidential client per sign-in, built from the organisation's SSO connection. A fresh
// instance each time keeps MSAL's in-memory token cache from collecting other users' tokens; the
// authority metadata for login.microsoftonline.com is built into MSAL, so no discovery request is made.
import { ConfidentialClientApplication } from "@azure/msal-node";
import { env } from "../../config/env.ts";
import { open } from "../../crypto/secret-box.ts";
import { authorityFor } from "./authority.ts";

/** We only need the user's identity; MSAL adds openid, profile and offline_access itself. */
export const SSO_SCOPES = ["email"];

export type SsoClientConfig = {
  organizationId: string;
  tenantId: string;
  clientId: string;
  clientSecretEnc: string;
};

/** The context the client secret is sealed under: a secret copied to another organisation does not open. */
export function clientSecretContext(organizationId: string): string {
  return `sso:${organizationId}`;
}

/** The redirect URI to register in Entra ID for this deployment. */
export function ssoRedirectUri(): string {
  return new URL("/api/auth/sso/callback", env().APP_URL).toString();
}

export function msalClientFor(connection: SsoClientConfig): ConfidentialClientApplication {
  const { authority, knownAuthorities, authorityMetadata } = authorityFor(connection.tenantId);
  return new ConfidentialClientApplication({
    auth: {
      clientId: connection.clientId,
      clientSecret: open(connection.clientSecretEnc, clientSecretContext(connection.organizationId)),
      authority,
      ...(knownAuthorities && { knownAuthorities }),
      ...(authorityMetadata && { authorityMetadata }),
    },
  });
}
