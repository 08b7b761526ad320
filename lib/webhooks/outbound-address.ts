// Where Article28 may send a customer's webhook (server-side request forgery guard, SECURITY.md S28):
// an https URL whose host resolves only to public unicast addresses, never loopback, private, link-local
// (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast or a translation range
// that could wrap one of those. The check runs when the endpoint is registered and again on every
// delivery, inside the socket's own DNS lookup (lib/webhooks/http-post.ts), so a name that later
// resolves to 127.0.0.1 (DNS rebinding) is refused at connection time. Outside production (development
// and tests) loopback and private addresses and plain http are allowed, for local receivers.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import ipaddr from "ipaddr.js";
import { env } from "../config/env.ts";
import { isPlainHttpsUrl } from "../text/https-url.ts";

export type OutboundPolicy = { allowPrivate: boolean };

/** Production refuses private destinations; development and tests allow them. */
export function outboundPolicy(): OutboundPolicy {
  return { allowPrivate: env().NODE_ENV !== "production" };
}

/** Whether one resolved address may be connected to. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address); // ::ffff:a.b.c.d becomes a.b.c.d
  return parsed.range() === "unicast";
}

export type UrlVerdict =
  { ok: true; url: URL } | { ok: false; reason: "not_https" | "private_address" | "unresolvable" };

/** The URL's shape: https (or http for local receivers outside production), a host, no credentials. */
export function checkUrlShape(value: string, policy: OutboundPolicy): UrlVerdict {
  const localHttp =
    policy.allowPrivate && /^http:\/\//i.test(value) && isPlainHttpsUrl(`https${value.slice(4)}`);
  if (!isPlainHttpsUrl(value) && !localHttp) return { ok: false, reason: "not_https" };
  const url = new URL(value);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(host) && !policy.allowPrivate && !isPublicAddress(host))
    return { ok: false, reason: "private_address" };
  return { ok: true, url };
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http(s) that resolves as usual and fails the connection when any address of the
 * name is not public (unless the policy allows private ones).
 */
export function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, options.all ? [] : "");
      const list = addresses as LookupAddress[];
      if (!policy.allowPrivate && (list.length === 0 || list.some((a) => !isPublicAddress(a.address)))) {
        const refusal = Object.assign(new Error(`${hostname} resolves to a private address`), {
          code: "EPRIVATEADDRESS",
        });
        return callback(refusal, options.all ? [] : "");
      }
      if (options.all) return callback(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** At registration: the URL's shape, and (in production) every address its host resolves to now. */
export async function checkWebhookUrl(
  value: string,
  policy: OutboundPolicy = outboundPolicy(),
): Promise<UrlVerdict> {
  const shape = checkUrlShape(value, policy);
  if (!shape.ok || policy.allowPrivate) return shape;
  const host = shape.url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(host)) return shape;
  const addresses = await new Promise<LookupAddress[]>((resolve) =>
    dnsLookup(host, { all: true }, (error, list) => resolve(error ? [] : list)),
  );
  if (addresses.length === 0) return { ok: false, reason: "unresolvable" };
  if (addresses.some((a) => !isPublicAddress(a.address))) return { ok: false, reason: "private_address" };
  return shape;
}
