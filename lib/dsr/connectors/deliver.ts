import "server-only";
// One delivery attempt of one WEBHOOK task (the pg-boss job's work; lib/jobs/dsr-connector-jobs.ts): sign
// the task with the system's secret under the task's stable idempotency key (the same `webhook-id` on every
// attempt), POST it with a deadline, and take the answer: 200 with a valid result finishes the task, 202
// leaves it WAITING for the callback, anything else is a failed attempt that pg-boss retries with backoff —
// and after the last one the task is FAILED. A task that is already final is left alone (at-least-once
// delivery, idempotent handling).
import { SYSTEM_ACTOR } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";
import { refuseErasureUnderHold } from "../../legal-holds/erasure-guard.ts";
import { signWebhook } from "../../webhooks/standard-webhooks.ts";
import { applyTaskResult, endTaskWithoutResult, resultMismatch } from "./apply-result.ts";
import { callbackTokenHash } from "./callback-token.ts";
import { postJson } from "./outbound-http.ts";
import { parseTaskResult, RESULT_LIMITS } from "./protocol.ts";
import { isFinalTask, RUNNING_REQUEST_STATUSES } from "./settle.ts";
import { openSigningSecret } from "./signing-secret.ts";
import { taskMessageFor } from "./task-message.ts";

export const DELIVERY_TIMEOUT_MS = 10_000;

/** A failed attempt: pg-boss retries the job (the reason is on the task as lastError). */
export class DeliveryAttemptFailed extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "DeliveryAttemptFailed";
  }
}

export type Attempt = { retryCount: number; retryLimit: number };
export type DeliveryOutcome =
  "skipped" | "finished" | "waiting" | "failed_for_good" | "cancelled" | "already_final" | "held";

export async function deliverTask(
  taskId: string,
  attempt: Attempt,
  options: { clock: Clock; timeoutMs?: number },
): Promise<DeliveryOutcome> {
  const { clock } = options;
  const task = await db.dsrTask.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      status: true,
      action: true,
      idempotencyKey: true,
      dataSystem: { select: { id: true, connector: true, endpointUrl: true, signingSecretSealed: true } },
      request: {
        select: {
          id: true,
          status: true,
          reference: true,
          type: true,
          subjectSealed: true,
          detailsSealed: true,
          organization: { select: { id: true, slug: true } },
        },
      },
    },
  });
  if (!task || task.dataSystem.connector !== "WEBHOOK") return "skipped";
  if (isFinalTask(task.status)) return "already_final";
  const context = { clock, actor: SYSTEM_ACTOR };
  if (!RUNNING_REQUEST_STATUSES.includes(task.request.status)) {
    await endTaskWithoutResult(
      taskId,
      { status: "CANCELLED", reason: `the request is ${task.request.status.toLowerCase()}` },
      { ...context, via: "request_closed" },
    );
    return "cancelled";
  }
  // G2: an erasure under a legal hold is not sent; it ends BLOCKED with the hold as its ground.
  if (task.action === "ERASE" && (await refuseErasureUnderHold(taskId, clock))) return "held";
  if (!(await recordAttempt(taskId, task.idempotencyKey, clock))) return "already_final";

  const failed = async (reason: string): Promise<DeliveryOutcome> => {
    if (attempt.retryCount >= attempt.retryLimit) {
      await endTaskWithoutResult(
        taskId,
        { status: "FAILED", reason: `every retry was spent; last: ${reason}` },
        { ...context, via: "retries_spent" },
      );
      return "failed_for_good";
    }
    await db.dsrTask.updateMany({
      where: { id: taskId, status: { in: ["PENDING", "WAITING"] } },
      data: { lastError: reason },
    });
    throw new DeliveryAttemptFailed(reason);
  };

  const message = taskMessageFor(task);
  if (!message) return failed("the request no longer holds the subject's identifiers");
  const secret = openSigningSecret(task.dataSystem.id, task.dataSystem.signingSecretSealed);
  if (!secret) return failed("the system has no signing secret");
  const body = JSON.stringify(message);
  const headers = signWebhook(secret, { id: task.idempotencyKey, body, now: clock.now() });
  let answer;
  try {
    answer = await postJson(task.dataSystem.endpointUrl, body, headers, {
      timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
      maxResponseBytes: RESULT_LIMITS.bodyBytes,
    });
  } catch (error) {
    return failed(error instanceof Error ? error.message : "the request failed");
  }
  if (answer.status === 202) {
    await db.dsrTask.updateMany({
      where: { id: taskId, status: "PENDING" },
      data: { status: "WAITING", lastError: null },
    });
    return "waiting";
  }
  if (answer.status !== 200) return failed(`the system answered HTTP ${answer.status}`);
  if (answer.truncated) return failed("result too large");
  const parsed = parseTaskResult(answer.body);
  if (!parsed.ok) return failed(parsed.reason);
  const mismatch = resultMismatch(task.action, parsed.result);
  if (mismatch) return failed(`invalid result: ${mismatch}`);
  const applied = await applyTaskResult(taskId, parsed.result, { ...context, via: "response" });
  return applied.applied ? "finished" : "already_final";
}

/**
 * Counts the attempt and stores the callback token's hash (the same token on every attempt; a callback may
 * arrive before the answer to the POST does). The request went IN_PROGRESS when the dispatcher queued it.
 */
async function recordAttempt(taskId: string, idempotencyKey: string, clock: Clock): Promise<boolean> {
  const counted = await db.dsrTask.updateMany({
    where: { id: taskId, status: { in: ["PENDING", "WAITING"] } },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: clock.now(),
      callbackTokenHash: callbackTokenHash(idempotencyKey),
    },
  });
  return counted.count > 0;
}
