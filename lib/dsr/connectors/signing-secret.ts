import "server-only";
// A WEBHOOK system's Standard Webhooks signing secret, sealed at rest (lib/crypto/secret-box.ts) and bound
// to the system's id, so a sealed value copied to another system does not open.
import { open, seal } from "../../crypto/secret-box.ts";

const context = (dataSystemId: string) => `dsr-signing-secret:${dataSystemId}`;

export function sealSigningSecret(dataSystemId: string, secret: string): string {
  return seal(secret, context(dataSystemId));
}

export function openSigningSecret(dataSystemId: string, sealed: string | null): string | null {
  return sealed ? open(sealed, context(dataSystemId)) : null;
}
