import "server-only";
// One `purge_expired` request to a connected system (./protocol.ts; ADR 0028): signed with the system's
// Standard Webhooks secret under a `webhook-id` stable per run, system, organisation, category and mode (a
// repeat gets the system's stored answer, never a second purge), POSTed through the guarded client (SSRF
// rules, deadline, capped answer) and parsed with the protocol's one answer parser. Every way it can go
// wrong is a reason for staff, never an exception: the purge records it and asks again on the next run.
import { createHash } from "node:crypto";
import { postJson } from "../../dsr/connectors/outbound-http.ts";
import { openSigningSecret } from "../../dsr/connectors/signing-secret.ts";
import { signWebhook } from "../../webhooks/standard-webhooks.ts";
import {
  parsePurgeExpiredResult,
  type ParsedPurgeExpiredResult,
  type PurgeExpiredMessage,
} from "./protocol.ts";

export const PURGE_ASK_TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 256 * 1024;

export type SystemEndpoint = {
  dataSystemId: string;
  endpointUrl: string;
  signingSecretSealed: string | null;
};

export type PurgeAnswer = { ok: true; result: ParsedPurgeExpiredResult } | { ok: false; reason: string };

/** The `webhook-id` of one question: the same for a repeat within a run, new for the next run. */
export function purgeWebhookId(
  runId: string,
  question: { dataSystemId: string; organizationId: string; category: string; mode: string },
): string {
  const digest = createHash("sha256")
    .update(
      [runId, question.dataSystemId, question.organizationId, question.category, question.mode].join("\n"),
    )
    .digest("hex");
  return `retention_${digest.slice(0, 40)}`;
}

export async function askPurgeExpired(
  endpoint: SystemEndpoint,
  message: PurgeExpiredMessage,
  webhookId: string,
  options: { now: Date; timeoutMs?: number },
): Promise<PurgeAnswer> {
  const secret = openSigningSecret(endpoint.dataSystemId, endpoint.signingSecretSealed);
  if (!endpoint.endpointUrl || !secret)
    return { ok: false, reason: "the system has no endpoint or signing secret" };
  const body = JSON.stringify(message);
  const headers = signWebhook(secret, { id: webhookId, body, now: options.now });
  let answer;
  try {
    answer = await postJson(endpoint.endpointUrl, body, headers, {
      timeoutMs: options.timeoutMs ?? PURGE_ASK_TIMEOUT_MS,
      maxResponseBytes: MAX_ANSWER_BYTES,
    });
  } catch (error) {
    return {
      ok: false,
      reason: `system unreachable: ${error instanceof Error ? error.message : "the request failed"}`,
    };
  }
  if (answer.status !== 200) return { ok: false, reason: `the system answered HTTP ${answer.status}` };
  if (answer.truncated) return { ok: false, reason: "result too large" };
  const parsed = parsePurgeExpiredResult(answer.body);
  if (!parsed.ok) return parsed;
  if (parsed.result.status === "failed")
    return { ok: false, reason: `the system failed: ${parsed.result.error ?? "no reason given"}` };
  return parsed;
}
