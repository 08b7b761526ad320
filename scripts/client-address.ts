// Next.js keeps a client-sent X-Forwarded-For as it is, so without a trusted proxy in front it is
// attacker-controlled. This server sets it from the socket unless TRUST_PROXY says a proxy sets it.
// The same holds for the request id that audit events carry.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

export function clientAddressHeaders(req: IncomingMessage, trustProxy: boolean): void {
  if (!trustProxy || !req.headers["x-request-id"]) req.headers["x-request-id"] = randomUUID();
  if (trustProxy && req.headers["x-forwarded-for"]) return;
  req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  delete req.headers["x-real-ip"];
}
