import "server-only";
// DSR events go to both chains (issue 12: every step is in the organisation's and the provider's audit
// chains), written with the transaction that made the change.
import type { AuditEventMetadata } from "../../audit/events.ts";
import { recordAuditBatch } from "../../audit/record-batch.ts";
import { auditEvent, type AuditActor, type RequestMeta } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

export type DsrAuditEntry<A extends keyof AuditEventMetadata> = {
  organizationId: string;
  actor: AuditActor;
  action: A;
  metadata: AuditEventMetadata[A];
  target: { type: string; id: string };
  request?: RequestMeta;
};

export async function auditInBothChains<A extends keyof AuditEventMetadata>(
  tx: Tx,
  entries: readonly DsrAuditEntry<A>[],
  clock: Clock,
): Promise<void> {
  await recordAuditBatch(
    tx,
    entries.flatMap((entry) =>
      [null, entry.organizationId].map((organizationId) => ({
        ...auditEvent(entry.action, entry.metadata),
        actor: entry.actor,
        target: entry.target,
        request: entry.request,
        organizationId,
      })),
    ),
    clock,
  );
}
