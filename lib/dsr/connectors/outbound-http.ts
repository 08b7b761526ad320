import "server-only";
// The one way Article28 calls a connected system (SSRF, SECURITY.md): only an endpoint that passes
// endpoint-url.ts; the host name is resolved at connect time and the address checked there (so a name that
// re-resolves to another address between a check and the request cannot slip through): never a link-local
// (cloud metadata), multicast, broadcast or unspecified address, and loopback only where endpoint-url.ts
// allows it (not in a real production).
// Private networks stay allowed: connected systems are the provider's own services. No redirect is
// followed, the whole exchange has a deadline, and the answer is read up to a cap.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { endpointUrlRefusal, loopbackAllowed } from "./endpoint-url.ts";

export type OutboundAnswer = { status: number; body: string; truncated: boolean };

export class OutboundError extends Error {
  constructor(
    readonly reason: "refused_endpoint" | "refused_address" | "timeout" | "network" | "too_large",
    message: string,
  ) {
    super(message);
    this.name = "OutboundError";
  }
}

const REFUSED_RANGES = new Set(["unspecified", "broadcast", "multicast", "linkLocal", "reserved"]);

/** Whether a connection to `address` is allowed (pure; exported for tests). */
export function addressAllowed(address: string, loopback: boolean): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return false;
  }
  const range = parsed.range();
  if (REFUSED_RANGES.has(range)) return false;
  if (range === "loopback") return loopback;
  return true;
}

function guardedLookup(loopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const allowed = list.filter((a) => addressAllowed(a.address, loopback));
      if (allowed.length === 0 || allowed.length !== list.length) {
        const refusal = new OutboundError("refused_address", `address of ${hostname} is not allowed`);
        return callback(refusal as NodeJS.ErrnoException, "", 0);
      }
      if ((options as LookupOptions).all) return callback(null, allowed as unknown as string, 0);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

export type PostOptions = { timeoutMs: number; maxResponseBytes: number };

/** POSTs `body` (JSON) with `headers`; resolves with the status and the answer's text (capped). */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<OutboundAnswer> {
  const loopback = loopbackAllowed();
  const refusal = endpointUrlRefusal(url, loopback);
  if (refusal) return Promise.reject(new OutboundError("refused_endpoint", `endpoint refused (${refusal})`));
  const target = new URL(url);
  // An address written as such is never looked up: check it here.
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && !addressAllowed(literal, loopback))
    return Promise.reject(new OutboundError("refused_address", "the endpoint's address is not allowed"));
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          accept: "application/json",
          "user-agent": "Article28-Connector/1",
          "content-length": String(Buffer.byteLength(body)),
        },
        lookup: guardedLookup(loopback),
        timeout: options.timeoutMs,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxResponseBytes) {
            truncated = true;
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        const finish = () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            truncated,
          });
        response.on("end", finish);
        response.on("close", finish);
        response.on("error", (error) =>
          truncated ? finish() : reject(new OutboundError("network", error.message)),
        );
      },
    );
    const deadline = setTimeout(() => {
      request.destroy(new OutboundError("timeout", `no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    request.on("timeout", () =>
      request.destroy(new OutboundError("timeout", `no answer within ${options.timeoutMs} ms`)),
    );
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error instanceof OutboundError ? error : new OutboundError("network", error.message));
    });
    request.on("close", () => clearTimeout(deadline));
    request.end(body);
  });
}
