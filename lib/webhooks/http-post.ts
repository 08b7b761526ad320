// One delivery attempt over HTTP(S): POST the exact body with its Standard Webhooks headers to the
// endpoint, through the destination guard's DNS lookup (./outbound-address.ts), without following
// redirects, with a time limit, reading at most a little of the answer. Any 2xx is a success.
import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { guardedLookup, isPublicAddress, type OutboundPolicy } from "./outbound-address.ts";

export const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 4096;

export type AttemptOutcome =
  { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: OutboundPolicy,
): Promise<AttemptOutcome> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  // A literal address is never looked up: check it here.
  if (ipaddr.isValid(host) && !policy.allowPrivate && !isPublicAddress(host))
    return Promise.resolve({ ok: false, statusCode: null, error: "refused: private address" });
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Article28-Webhooks/1",
        },
        lookup: guardedLookup(policy),
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const done = () => {
          const statusCode = response.statusCode ?? 0;
          resolve(
            statusCode >= 200 && statusCode < 300
              ? { ok: true, statusCode }
              : { ok: false, statusCode, error: `HTTP ${statusCode}` },
          );
        };
        response.on("end", done);
        response.on("close", done);
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)),
    );
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, statusCode: null, error: (error.code ? `${error.code}: ` : "") + error.message }),
    );
    request.end(body);
  });
}
