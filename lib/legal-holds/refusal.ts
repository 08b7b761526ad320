// Records a deletion that a hold refused (GDPR.md G2): one row per hold, path and target, counted, so a
// purge that runs every hour does not write a row (or an audit event) each time (S24). The first refusal
// of a target is audited in the provider's chain (a hold may be confidential to the customer).
import { SYSTEM_ACTOR, recordAudit, type AuditActor } from "../audit/record.ts";
import type { Tx } from "../db/client.ts";
import type { DeletionPath } from "../generated/prisma/enums.ts";
import type { Clock } from "../time/clock.ts";
import type { BlockingHold } from "./blocking.ts";

export type RefusedDeletion = {
  path: DeletionPath;
  targetType: string;
  targetId: string;
  organizationId: string | null;
  /** How many records the refusal kept. */
  records: number;
  /** DSR erasure: the request's sealed subject, restored when the release runs the erasure (G4). */
  subjectSealed?: string | null;
};

export async function recordHoldRefusal(
  tx: Tx,
  hold: BlockingHold,
  refused: RefusedDeletion,
  clock: Clock,
  actor: AuditActor = SYSTEM_ACTOR,
): Promise<{ first: boolean }> {
  const now = clock.now();
  const key = {
    holdId: hold.id,
    path: refused.path,
    targetType: refused.targetType,
    targetId: refused.targetId,
  };
  const existing = await tx.holdRefusal.findUnique({
    where: { holdId_path_targetType_targetId: key },
    select: { id: true },
  });
  if (existing) {
    await tx.holdRefusal.update({
      where: { id: existing.id },
      data: {
        attempts: { increment: 1 },
        lastAt: now,
        records: refused.records,
        resumedAt: null,
        ...(refused.subjectSealed ? { subjectSealed: refused.subjectSealed } : {}),
      },
    });
    return { first: false };
  }
  await tx.holdRefusal.create({
    data: {
      ...key,
      organizationId: refused.organizationId,
      records: refused.records,
      subjectSealed: refused.subjectSealed ?? null,
      firstAt: now,
      lastAt: now,
    },
  });
  await recordAudit(
    {
      organizationId: null,
      actor,
      action: "hold.deletion_refused",
      target: { type: "LegalHold", id: hold.id },
      metadata: {
        reference: hold.reference,
        path: refused.path,
        targetType: refused.targetType,
        targetId: refused.targetId,
        organizationId: refused.organizationId,
      },
    },
    { tx, clock },
  );
  return { first: true };
}
