import "server-only";
// The dispatcher: turns tasks of WEBHOOK systems that need a delivery into pg-boss jobs, one job per task.
// A PENDING task that was never queued gets its job; a WAITING task (the system answered 202) whose last
// attempt is older than WAITING_RESEND_MS is sent again under the same webhook-id (the system answers 202
// again, or its result). Each job's id is derived from the task (and, for a resend, the attempt it
// follows), and pg-boss inserts a job id once: two dispatchers racing, or one that died between queuing and
// marking the task, cannot queue a task twice. The task is marked queued (queuedAt) after its job exists,
// so a crash in between only means the next run queues it again — as the same job. Requests whose first
// tasks are queued become IN_PROGRESS here, in bulk, audited in both chains (the provider's through its
// inbox, ADR 0022).
import { createHash } from "node:crypto";
import { appendProviderInbox } from "../../audit/provider-inbox.ts";
import { SYSTEM_ACTOR } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { getBoss, QUEUES } from "../../jobs/boss.ts";
import type { Clock } from "../../time/clock.ts";
import { pendingAudit, writeAudits } from "./task-audit.ts";

export const WAITING_RESEND_MS = 60 * 60_000;
const BATCH = 500;

export type DeliveryJob = { taskId: string };

/** A UUID (version 4 layout) derived from `seed`, so the same task gets the same job id. */
export function jobIdFor(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex").slice(0, 32).split("");
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type Candidate = { id: string; requestId: string; status: string; attempts: number };

async function candidates(now: Date, limit: number): Promise<Candidate[]> {
  const resendBefore = new Date(now.getTime() - WAITING_RESEND_MS);
  return db.$queryRaw<Candidate[]>`
    SELECT t.id, t."requestId", t.status::text AS status, t.attempts
    FROM "DsrTask" t
    JOIN "DataSystem" s ON s.id = t."dataSystemId"
    JOIN "DataSubjectRequest" r ON r.id = t."requestId"
    WHERE s.connector = 'WEBHOOK'
      AND r.status IN ('OPEN', 'IN_PROGRESS')
      AND ((t.status = 'PENDING' AND t."queuedAt" IS NULL)
        OR (t.status = 'WAITING' AND t."lastAttemptAt" < ${resendBefore}
          AND (t."queuedAt" IS NULL OR t."queuedAt" < ${resendBefore})))
    ORDER BY t."createdAt"
    LIMIT ${limit}`;
}

/** Queues every task that needs a delivery now; returns how many jobs were asked for. */
export async function dispatchTasks(clock: Clock): Promise<{ queued: number }> {
  const boss = await getBoss();
  let queued = 0;
  for (;;) {
    const now = clock.now();
    const batch = await candidates(now, BATCH);
    if (batch.length === 0) break;
    const { name, ...queue } = QUEUES.dsrTaskDelivery;
    await boss.insert(
      batch.map((task) => ({
        id: jobIdFor(
          task.status === "PENDING" ? `dsr-task:${task.id}` : `dsr-task:${task.id}:${task.attempts}`,
        ),
        name,
        data: { taskId: task.id } satisfies DeliveryJob,
        singletonKey: task.id,
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelay,
        retryBackoff: queue.retryBackoff,
        expireInSeconds: queue.expireInSeconds,
        deadLetter: queue.deadLetter,
      })),
    );
    // A resent WAITING task is not picked again for WAITING_RESEND_MS (nor, while its job waits, queued twice).
    await db.dsrTask.updateMany({
      where: { id: { in: batch.map((t) => t.id) }, status: { in: ["PENDING", "WAITING"] } },
      data: { queuedAt: now },
    });
    await startRequests([...new Set(batch.map((t) => t.requestId))], clock);
    queued += batch.length;
    if (batch.length < BATCH) break;
  }
  return { queued };
}

/** OPEN requests whose tasks are on their way become IN_PROGRESS, audited in both chains. */
async function startRequests(requestIds: string[], clock: Clock): Promise<void> {
  if (requestIds.length === 0) return;
  await db.$transaction(
    async (tx) => {
      const started = await tx.$queryRaw<{ id: string; organizationId: string; reference: string }[]>`
        UPDATE "DataSubjectRequest" SET status = 'IN_PROGRESS', "updatedAt" = ${clock.now()}
        WHERE id IN (
          SELECT id FROM "DataSubjectRequest" WHERE id = ANY(${requestIds}::text[]) AND status = 'OPEN'
          ORDER BY id FOR UPDATE
        )
        RETURNING id, "organizationId", reference`;
      const tasks = await tx.dsrTask.groupBy({
        by: ["requestId"],
        where: { requestId: { in: started.map((r) => r.id) } },
        _count: true,
      });
      const counts = new Map(tasks.map((t) => [t.requestId, t._count]));
      await writeAudits(
        tx,
        started.map((request) =>
          pendingAudit({
            organizationId: request.organizationId,
            actor: SYSTEM_ACTOR,
            action: "dsr.request.settled",
            target: { type: "DataSubjectRequest", id: request.id },
            metadata: {
              reference: request.reference,
              from: "OPEN",
              to: "IN_PROGRESS",
              tasks: counts.get(request.id) ?? 0,
            },
          }),
        ),
        clock,
        "inbox",
      );
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
  await appendProviderInbox();
}
