// Next.js keeps a client-sent X-Forwarded-For as it is, so without a trusted proxy in front it is
// attacker-controlled. This server sets it from the socket unless TRUST_PROXY names how many proxies in
// front append to it; then the client is the address that many hops from the right (the entries further
// left were sent by the client itself, and a proxy that appends keeps them). The same holds for the
// request id that audit events carry. lib/context/request-meta.ts reads the one address left here.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

export function clientAddressHeaders(req: IncomingMessage, trustedHops: number): void {
  if (trustedHops === 0 || !req.headers["x-request-id"]) req.headers["x-request-id"] = randomUUID();
  const socket = req.socket.remoteAddress ?? "unknown";
  req.headers["x-forwarded-for"] =
    trustedHops === 0
      ? socket
      : (addressFromTrustedHops(req.headers["x-forwarded-for"], trustedHops) ?? socket);
  delete req.headers["x-real-ip"];
}

/**
 * The address `hops` entries from the right of X-Forwarded-For (hops = 1: the one the nearest proxy
 * appended); the leftmost when the chain is shorter. Null when the header names no address.
 */
export function addressFromTrustedHops(header: string | string[] | undefined, hops: number): string | null {
  const chain = [header ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - hops)]!;
}
