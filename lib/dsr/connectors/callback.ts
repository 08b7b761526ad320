import "server-only";
// The callback of a task the system accepted with 202 (docs/connectors/protocol.md): POST
// /api/connectors/tasks/<taskId>/callback with `Authorization: Bearer <the task's token>` and the result as
// the body. The token is checked against the stored hash in constant time; an unknown task and a wrong
// token get the same answer (401), and refusals are audited, summarised (S24). The token is single
// use: once a result is in, the hash is gone, and presenting the (still correct) token again changes nothing
// and answers 409. The result is validated like a direct answer; an invalid one answers 400 and the task
// keeps waiting. Refusals are counted per client address, so made-up task ids cannot flood the log.
import { SYSTEM_ACTOR, type RequestMeta } from "../../audit/record.ts";
import { recordRefusal } from "../../audit/refusals.ts";
import type { Clock } from "../../time/clock.ts";
import { db } from "../../db/client.ts";
import { applyTaskResult, resultMismatch, TASK_FACTS } from "./apply-result.ts";
import { callbackTokenFor, callbackTokenMatches } from "./callback-token.ts";
import { parseTaskResult } from "./protocol.ts";
import { isFinalTask } from "./settle.ts";
import { timingSafeEqual } from "node:crypto";

export type CallbackAnswer =
  | { ok: true; status: string }
  | {
      ok: false;
      problem: "invalid_token" | "already_final" | "invalid_result" | "too_large";
      detail: string;
    };

const TASK_ID = /^[a-z0-9]{1,64}$/i;

export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/-]{20,200}=*)$/.exec(authorization?.trim() ?? "");
  return match ? match[1]! : null;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function acceptCallback(
  input: { taskId: string; authorization: string | null; body: string; tooLarge?: boolean },
  options: { clock: Clock; request: RequestMeta },
): Promise<CallbackAnswer> {
  const token = bearerToken(input.authorization);
  const task = TASK_ID.test(input.taskId)
    ? await db.dsrTask.findUnique({
        where: { id: input.taskId },
        select: { id: true, status: true, idempotencyKey: true, callbackTokenHash: true, ...TASK_FACTS },
      })
    : null;
  if (!task || !token) return refuse(input.taskId, "no task or no bearer token", options);
  if (!callbackTokenMatches(token, task.callbackTokenHash)) {
    if (isFinalTask(task.status) && sameText(token, callbackTokenFor(task.idempotencyKey)))
      return { ok: false, problem: "already_final", detail: "This task already has its result." };
    return refuse(task.id, "wrong or used token", options);
  }
  if (input.tooLarge) return { ok: false, problem: "too_large", detail: "The result is too large." };
  const parsed = parseTaskResult(input.body);
  if (!parsed.ok) return { ok: false, problem: "invalid_result", detail: parsed.reason };
  const mismatch = resultMismatch(task.action, parsed.result);
  if (mismatch) return { ok: false, problem: "invalid_result", detail: mismatch };
  const applied = await applyTaskResult(task.id, parsed.result, {
    via: "callback",
    clock: options.clock,
    actor: SYSTEM_ACTOR,
    request: options.request,
    facts: task,
  });
  if (!applied.applied)
    return { ok: false, problem: "already_final", detail: "This task already has its result." };
  return { ok: true, status: applied.status };
}

async function refuse(
  taskId: string,
  reason: string,
  options: { clock: Clock; request: RequestMeta },
): Promise<CallbackAnswer> {
  const subject = `dsr-callback|${options.request.ip ?? "unknown"}`;
  await recordRefusal(
    [
      {
        organizationId: null,
        actor: SYSTEM_ACTOR,
        action: "dsr.task.callback_refused",
        request: options.request,
        target: { type: "DsrTask", id: taskId.slice(0, 64) },
        metadata: { taskId: taskId.slice(0, 64), reason },
      },
    ],
    subject,
    options.clock,
  );
  return { ok: false, problem: "invalid_token", detail: "The token is not valid for this task." };
}
