import "server-only";
// DSR events go to both chains (issue 12: every step is in the organisation's and the provider's audit
// chains): the request's steps (in progress, completed, package ready, downloads, certificates) to both, each
// system's answer to one task to the organisation's chain only — it is on the task row, and the provider chain
// is one lock shared by every organisation (bench/dsr.ts). A transaction collects its events and writes them
// last (writeAudits), so the chains' locks are held only for the moment before commit. The steps every
// request takes (settling, the package) send their provider-chain copies through the provider's inbox
// ("inbox"; the caller awaits appendProviderInbox() after its commit, ADR 0022). This is the batch form the
// connector pipeline needs (events of many organisations in one batch, each with its chains, targets that are
// tasks and packages); a caller's step on one request (a certificate download) uses lib/dsr/audit.ts.
import type { AuditEventMetadata } from "../../audit/events.ts";
import { recordAuditBatch, type ProviderChainMode } from "../../audit/record-batch.ts";
import { auditEvent, type AuditActor, type AuditEvent, type RequestMeta } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";

type DsrAuditEntry<A extends keyof AuditEventMetadata> = {
  organizationId: string;
  actor: AuditActor;
  action: A;
  metadata: AuditEventMetadata[A];
  target: { type: string; id: string };
  request?: RequestMeta;
};

/** An event waiting for the end of its transaction. */
export type PendingAudit = {
  organizationId: string;
  actor: AuditActor;
  target: { type: string; id: string };
  request?: RequestMeta;
  event: AuditEvent;
  /** "organization": the organisation's chain only. */
  chains: "both" | "organization";
};

export function pendingAudit<A extends keyof AuditEventMetadata>(
  entry: DsrAuditEntry<A>,
  chains: PendingAudit["chains"] = "both",
): PendingAudit {
  return {
    chains,
    organizationId: entry.organizationId,
    actor: entry.actor,
    target: entry.target,
    request: entry.request,
    event: auditEvent(entry.action, entry.metadata),
  };
}

/** Writes the collected events to each one's organisation chain and (unless it says otherwise) the provider's. */
export async function writeAudits(
  tx: Tx,
  pending: readonly PendingAudit[],
  clock: Clock,
  providerChain: ProviderChainMode = "now",
): Promise<void> {
  if (pending.length === 0) return;
  await recordAuditBatch(
    tx,
    pending.flatMap((entry) =>
      (entry.chains === "both" ? [null, entry.organizationId] : [entry.organizationId]).map(
        (organizationId) => ({
          ...entry.event,
          actor: entry.actor,
          target: entry.target,
          request: entry.request,
          organizationId,
        }),
      ),
    ),
    clock,
    providerChain,
  );
}
