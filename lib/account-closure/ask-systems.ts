import "server-only";
// Asks each connected system of a closing organisation to delete it (./protocol.ts): one signed POST per
// system and run, under the system's stable `webhook-id`, through the same guarded HTTP client as the DSR
// tasks (SSRF rules, deadline, capped answer). 200 with a valid result ends the system's part (DONE, BLOCKED
// with its ground, or FAILED as the system says); 202 leaves it WAITING to be asked again on the next run;
// anything else is a failed attempt, retried on later runs up to MAX_ATTEMPTS, then FAILED. A MANUAL system
// has no protocol: it is not asked and stays PENDING until staff confirm by hand what they did
// (./confirm-system.ts), so the deletion waits for them and the certificate never claims a deletion nobody
// confirmed.
import { db } from "../db/client.ts";
import { DELIVERY_TIMEOUT_MS } from "../dsr/connectors/deliver.ts";
import { postJson } from "../dsr/connectors/outbound-http.ts";
import { openSigningSecret } from "../dsr/connectors/signing-secret.ts";
import type { Clock } from "../time/clock.ts";
import { signWebhook } from "../webhooks/standard-webhooks.ts";
import {
  DELETE_ORGANIZATION,
  parseOrganizationDeletionResult,
  type OrganizationDeletionMessage,
} from "./protocol.ts";

export const MAX_ATTEMPTS = 8;
const MAX_ANSWER_BYTES = 64 * 1024;

type Closure = {
  id: string;
  reference: string;
  organizationId: string;
  organizationSlug: string;
  requestedAt: Date;
};

/** Asks every system not yet final once; true when every system has its final answer. */
export async function askSystems(
  closure: Closure,
  clock: Clock,
  options: { timeoutMs?: number } = {},
): Promise<boolean> {
  const open = await db.accountClosureSystem.findMany({
    where: { closureId: closure.id, connector: "WEBHOOK", status: { in: ["PENDING", "WAITING"] } },
    orderBy: { systemKey: "asc" },
  });
  for (const system of open) await askOne(closure, system, clock, options.timeoutMs ?? DELIVERY_TIMEOUT_MS);
  const left = await db.accountClosureSystem.count({
    where: { closureId: closure.id, status: { in: ["PENDING", "WAITING"] } },
  });
  return left === 0;
}

type SystemRow = {
  id: string;
  dataSystemId: string;
  idempotencyKey: string;
  attempts: number;
  firstAskedAt: Date | null;
};

async function askOne(closure: Closure, system: SystemRow, clock: Clock, timeoutMs: number) {
  const now = clock.now();
  const finish = (data: Parameters<typeof db.accountClosureSystem.update>[0]["data"]) =>
    db.accountClosureSystem.update({
      where: { id: system.id },
      data: { answeredAt: now, ...data },
    });
  const dataSystem = await db.dataSystem.findUnique({
    where: { id: system.dataSystemId },
    select: { endpointUrl: true, signingSecretSealed: true },
  });
  const attempt = system.attempts + 1;
  await db.accountClosureSystem.update({
    where: { id: system.id },
    data: { attempts: attempt, firstAskedAt: system.firstAskedAt ?? now },
  });
  const failed = (reason: string) =>
    attempt >= MAX_ATTEMPTS
      ? finish({ status: "FAILED", error: `every attempt failed; last: ${reason}` })
      : db.accountClosureSystem.update({ where: { id: system.id }, data: { error: reason } });
  const secret = dataSystem ? openSigningSecret(system.dataSystemId, dataSystem.signingSecretSealed) : null;
  if (!dataSystem || !secret) return failed("the system has no endpoint or signing secret");
  const message: OrganizationDeletionMessage = {
    version: 1,
    action: DELETE_ORGANIZATION,
    taskId: system.id,
    organization: { id: closure.organizationId, slug: closure.organizationSlug },
    closure: { reference: closure.reference, requestedAt: closure.requestedAt.toISOString() },
  };
  const body = JSON.stringify(message);
  const headers = signWebhook(secret, { id: system.idempotencyKey, body, now });
  let answer;
  try {
    answer = await postJson(dataSystem.endpointUrl, body, headers, {
      timeoutMs,
      maxResponseBytes: MAX_ANSWER_BYTES,
    });
  } catch (error) {
    return failed(error instanceof Error ? error.message : "the request failed");
  }
  if (answer.status === 202)
    return db.accountClosureSystem.update({
      where: { id: system.id },
      data: { status: "WAITING", error: null },
    });
  if (answer.status !== 200) return failed(`the system answered HTTP ${answer.status}`);
  if (answer.truncated) return failed("result too large");
  const parsed = parseOrganizationDeletionResult(answer.body);
  if (!parsed.ok) return failed(parsed.reason);
  const { result } = parsed;
  return finish({
    status: result.status === "done" ? "DONE" : result.status === "blocked" ? "BLOCKED" : "FAILED",
    records: result.records ?? null,
    tables: result.tables ?? [],
    ground: result.ground ?? null,
    blockedUntil: result.blockedUntil ? new Date(result.blockedUntil) : null,
    error: result.status === "failed" ? (result.error ?? "the system could not delete") : null,
  });
}
