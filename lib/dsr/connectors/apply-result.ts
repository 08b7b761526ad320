import "server-only";
// A task's result, however it arrived (the system's 200 answer, its callback after 202, or staff completing
// a MANUAL task): written once — only while the task is PENDING or WAITING, so a repeated delivery of a
// task that is already final changes nothing —, audited (the organisation's chain; the request's settlement
// in both), followed by the absence check after an erasure (A17), and the request settled (settle.ts), all in
// one transaction. At most RESULT_SLOTS such transactions run at once per process: a burst of callbacks
// waits here rather than holding every database connection while it waits for a lock. The provider
// chain's copies of the events go through its inbox and are appended once the transaction committed
// (lib/audit/provider-inbox.ts, ADR 0022), so a result never waits for that chain's lock.
import { randomUUID } from "node:crypto";
import { appendProviderInbox } from "../../audit/provider-inbox.ts";
import type { AuditActor, RequestMeta } from "../../audit/record.ts";
import { seal } from "../../crypto/secret-box.ts";
import { db, type Tx } from "../../db/client.ts";
import type { DsrTaskAction, DsrTaskStatus } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Clock } from "../../time/clock.ts";
import { concurrencyLimit } from "./concurrency-limit.ts";
import { WIRE_ACTIONS, type ResultStatus, type TaskResult } from "./protocol.ts";
import { settleRequest, type Settlement } from "./settle.ts";
import { pendingAudit, writeAudits, type PendingAudit } from "./task-audit.ts";

export const TASK_STATUS_OF: Record<ResultStatus, DsrTaskStatus> = {
  done: "DONE",
  not_found: "NOT_FOUND",
  blocked: "BLOCKED",
  failed: "FAILED",
};

export const exportSealContext = (taskId: string) => `dsr-export:${taskId}`;

/** Why a well-formed result does not fit the task's action, or null. */
export function resultMismatch(action: DsrTaskAction, result: TaskResult): string | null {
  if (action === "ABSENCE_CHECK" && result.status === "done" && result.absent === undefined)
    return "an absence_check result that is done says whether the subject is absent";
  if (action !== "EXPORT" && result.data !== undefined)
    return `data belongs to export results, not ${WIRE_ACTIONS[action]}`;
  if (action !== "ABSENCE_CHECK" && result.absent !== undefined)
    return `absent belongs to absence_check results, not ${WIRE_ACTIONS[action]}`;
  return null;
}

export type ResultVia =
  "response" | "callback" | "manual" | "retries_spent" | "request_closed" | "legal_hold" | "erasure_ledger";

export type ApplyOptions = {
  via: ResultVia;
  clock: Clock;
  actor: AuditActor;
  request?: RequestMeta;
  /** The task's facts when the caller has read them already (saves reading them again). */
  facts?: TaskFacts;
  /** MANUAL tasks: who completed it and the evidence. */
  manual?: {
    userId: string;
    note: string;
    file: { name: string; type: string; bytes: Uint8Array; sha256: string } | null;
  };
};

/** What a task's result is audited and settled with; none of it ever changes once the task exists. */
export type TaskFacts = {
  action: DsrTaskAction;
  requestId: string;
  dataSystemId: string;
  dataSystem: { key: string };
  request: { organizationId: string; reference: string };
};

export const TASK_FACTS = {
  action: true,
  requestId: true,
  dataSystemId: true,
  dataSystem: { select: { key: true } },
  request: { select: { organizationId: true, reference: true } },
} as const satisfies Prisma.DsrTaskSelect;

export type Applied =
  | { applied: false }
  | { applied: true; status: DsrTaskStatus; absenceCheckCreated: boolean; settlement: Settlement | null };

const RESULT_SLOTS = 6;
const slots = concurrencyLimit(RESULT_SLOTS);

export async function applyTaskResult(
  taskId: string,
  result: TaskResult,
  options: ApplyOptions,
): Promise<Applied> {
  const applied = await slots(() =>
    db.$transaction((tx) => applyInTransaction(tx, taskId, result, options), {
      maxWait: 30_000,
      timeout: 60_000,
    }),
  );
  return afterCommit(applied);
}

/**
 * Ends a task that got no result: FAILED once every retry is spent, CANCELLED when its request was
 * cancelled or declined before it ran.
 */
export async function endTaskWithoutResult(
  taskId: string,
  outcome: { status: "FAILED" | "CANCELLED"; reason: string },
  options: ApplyOptions,
): Promise<Applied> {
  const result: TaskResult = { status: "failed", error: outcome.reason };
  const applied = await db.$transaction(
    (tx) => applyInTransaction(tx, taskId, result, options, outcome.status),
    { maxWait: 30_000, timeout: 60_000 },
  );
  return afterCommit(applied);
}

/** Internally: whether the transaction left provider-chain events in the inbox. */
type AppliedInTransaction = Applied & { providerEventsQueued?: boolean };

/** After the commit: the provider chain's events (settlement, package) appended before answering. */
async function afterCommit({ providerEventsQueued, ...applied }: AppliedInTransaction): Promise<Applied> {
  if (providerEventsQueued) await appendProviderInbox();
  return applied;
}

async function applyInTransaction(
  tx: Tx,
  taskId: string,
  result: TaskResult,
  options: ApplyOptions,
  statusOverride?: DsrTaskStatus,
): Promise<AppliedInTransaction> {
  const now = options.clock.now();
  const status = statusOverride ?? TASK_STATUS_OF[result.status];
  const done = result.status === "done";
  const data: Prisma.DsrTaskUpdateManyMutationInput = {
    status,
    records: result.records ?? null,
    fields: result.fields ?? [],
    ground: result.ground ?? null,
    blockedUntil: result.blockedUntil ? new Date(result.blockedUntil) : null,
    absent: result.absent ?? null,
    recipients: result.recipients ? (result.recipients as Prisma.InputJsonValue) : undefined,
    exportSealed: done && result.data ? seal(JSON.stringify(result.data), exportSealContext(taskId)) : null,
    lastError: result.status === "failed" ? (result.error ?? "the system answered failed") : null,
    callbackTokenHash: null,
    completedAt: now,
    ...(options.manual
      ? {
          completedById: options.manual.userId,
          evidenceNote: options.manual.note,
          evidenceFileName: options.manual.file?.name ?? null,
          evidenceFileType: options.manual.file?.type ?? null,
          evidenceFile: options.manual.file ? Buffer.from(options.manual.file.bytes) : null,
        }
      : {}),
  };
  const written = await tx.dsrTask.updateMany({
    where: { id: taskId, status: { in: ["PENDING", "WAITING"] } },
    data,
  });
  if (written.count === 0) return { applied: false };
  const task =
    options.facts ?? (await tx.dsrTask.findUniqueOrThrow({ where: { id: taskId }, select: TASK_FACTS }));
  let absenceCheckCreated = false;
  if (task.action === "ERASE" && status === "DONE") {
    const created = await tx.dsrTask.createMany({
      data: [
        {
          requestId: task.requestId,
          dataSystemId: task.dataSystemId,
          action: "ABSENCE_CHECK",
          idempotencyKey: randomUUID(),
        },
      ],
      skipDuplicates: true,
    });
    absenceCheckCreated = created.count > 0;
  }
  const audits: PendingAudit[] = [
    pendingAudit(
      {
        organizationId: task.request.organizationId,
        actor: options.actor,
        action: "dsr.task.completed",
        request: options.request,
        target: { type: "DsrTask", id: taskId },
        metadata: {
          requestId: task.requestId,
          reference: task.request.reference,
          system: task.dataSystem.key,
          action: task.action,
          status,
          via: options.via,
          records: result.records ?? null,
          fields: result.fields ?? [],
          ground: result.ground ?? null,
          blockedUntil: result.blockedUntil ?? null,
          absent: result.absent ?? null,
          ...(options.manual ? { evidenceSha256: options.manual.file?.sha256 ?? null } : {}),
        },
      },
      "organization",
    ),
  ];
  const settlement = await settleRequest(tx, task.requestId, options.clock, options.actor, audits);
  await writeAudits(tx, audits, options.clock, "inbox");
  return {
    applied: true,
    status,
    absenceCheckCreated,
    settlement,
    providerEventsQueued: audits.some((audit) => audit.chains === "both"),
  };
}
