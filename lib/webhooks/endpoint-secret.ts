// An endpoint's signing secret at rest: sealed under the app's encryption keys, bound to the endpoint
// (a sealed secret copied to another endpoint does not open).
import { open, seal } from "../crypto/secret-box.ts";

const context = (endpointId: string) => `webhook-endpoint:${endpointId}`;

export function sealEndpointSecret(endpointId: string, secret: string): string {
  return seal(secret, context(endpointId));
}

export function openEndpointSecret(endpointId: string, sealed: string): string {
  return open(sealed, context(endpointId));
}
