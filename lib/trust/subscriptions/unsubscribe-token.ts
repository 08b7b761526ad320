import "server-only";
// Every notice carries the subscriber's unsubscribe token, so it is kept, but only sealed (AES-256-GCM,
// bound to the subscriber's id) next to its SHA-256 for lookup: the database never holds it in clear.
import { open, seal } from "../../crypto/secret-box.ts";

const context = (subscriberId: string) => `subscriber-unsubscribe:${subscriberId}`;

export function sealUnsubscribeToken(subscriberId: string, token: string): string {
  return seal(token, context(subscriberId));
}

export function openUnsubscribeToken(subscriberId: string, sealed: string): string {
  return open(sealed, context(subscriberId));
}
