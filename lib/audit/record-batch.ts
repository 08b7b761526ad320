// Many audit events in a few statements (a breach notified to thousands of organisations), with the
// same chain rules as recordAudit: every chain touched is locked — in a fixed order, so two batch
// writers never deadlock —, continued from its last event and hashed the same way (auditRow). With
// `providerChain: "inbox"` the provider chain's events go to its inbox instead, unlocked, and the caller
// awaits appendProviderInbox() after its commit (lib/audit/provider-inbox.ts, ADR 0022).
import type { Tx } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { chainFor } from "./hash.ts";
import { queueProviderEvents } from "./provider-inbox.ts";
import { auditRow, type AuditInput } from "./record.ts";

export type ProviderChainMode = "now" | "inbox";

const INSERT_BATCH = 1000;

export async function recordAuditBatch(
  tx: Tx,
  inputs: readonly AuditInput[],
  clock: Clock = systemClock,
  providerChain: ProviderChainMode = "now",
): Promise<void> {
  if (providerChain === "inbox") {
    await queueProviderEvents(
      tx,
      inputs.filter((input) => !input.organizationId),
      clock,
    );
    inputs = inputs.filter((input) => input.organizationId);
  }
  if (inputs.length === 0) return;
  const chains = [...new Set(inputs.map((input) => chainFor(input.organizationId ?? null)))].sort();
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(c, 0))::text FROM (SELECT c FROM unnest(${chains}::text[]) AS c ORDER BY c) AS ordered`;
  const lastRows = await tx.$queryRaw<{ chain: string; seq: number; hash: string }[]>`
    SELECT DISTINCT ON (chain) chain, seq, hash FROM "AuditEvent" WHERE chain = ANY(${chains}::text[]) ORDER BY chain, seq DESC`;
  const last = new Map(lastRows.map((row) => [row.chain, { seq: row.seq, hash: row.hash }]));
  const at = clock.now();
  const rows = inputs.map((input) => {
    const row = auditRow(input, last.get(chainFor(input.organizationId ?? null)) ?? null, at);
    last.set(row.chain, { seq: row.seq, hash: row.hash });
    return row;
  });
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await tx.auditEvent.createMany({ data: rows.slice(start, start + INSERT_BATCH) });
  }
}
