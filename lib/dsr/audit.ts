// Audit of data-subject requests: what concerns the controller goes to the organisation's chain and the
// provider's (the same event twice, in one batch, so both chains are locked in a fixed order); what is the
// provider's own business (assignment, staff comments, reminders) to the provider's chain only. Metadata
// never names the data subject (A15, S17).
import type { AuditEventMetadata } from "../audit/events.ts";
import { recordAuditBatch, type ProviderChainMode } from "../audit/record-batch.ts";
import { auditEvent, userActor, type AuditActor, type RequestMeta } from "../audit/record.ts";
import type { SignedInContext } from "../context/context.ts";
import type { Tx } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";

/**
 * Who acts (a user, an API key, SYSTEM_ACTOR for jobs), from where, and the clock of the step.
 * `providerChain: "inbox"`: the provider chain's copies go through its inbox, and the caller awaits
 * appendProviderInbox() after its commit (the controller API's filing, ADR 0022).
 */
export type DsrAuditContext = {
  actor: AuditActor;
  request?: RequestMeta;
  clock: Clock;
  providerChain?: ProviderChainMode;
};

export function auditContextOf(ctx: SignedInContext): DsrAuditContext {
  return { actor: userActor(ctx.actor), request: ctx.request, clock: ctx.clock };
}

type DsrAction = Extract<keyof AuditEventMetadata, `dsr.${string}` | `seed.dsr.${string}`>;

export type DsrAuditEvent<A extends DsrAction = DsrAction> = {
  action: A;
  metadata: AuditEventMetadata[A];
  target: { type: "DataSubjectRequest" | "DirectRequest" | "Organization"; id: string };
};

function entry(ctx: DsrAuditContext, event: DsrAuditEvent, organizationId: string | null) {
  return {
    ...auditEvent(event.action, event.metadata),
    actor: ctx.actor,
    target: event.target,
    request: ctx.request,
    organizationId,
  };
}

/** The organisation's chain and the provider's. */
export async function auditForBoth(
  tx: Tx,
  ctx: DsrAuditContext,
  organizationId: string,
  events: readonly DsrAuditEvent[],
): Promise<void> {
  await recordAuditBatch(
    tx,
    events.flatMap((event) => [entry(ctx, event, organizationId), entry(ctx, event, null)]),
    ctx.clock,
    ctx.providerChain,
  );
}

/** The provider's chain only. */
export async function auditForProvider(
  tx: Tx,
  ctx: DsrAuditContext,
  events: readonly DsrAuditEvent[],
): Promise<void> {
  await recordAuditBatch(
    tx,
    events.map((event) => entry(ctx, event, null)),
    ctx.clock,
  );
}

/** A typed event (the action decides the metadata's shape). */
export function dsrEvent<A extends DsrAction>(
  action: A,
  target: DsrAuditEvent["target"],
  metadata: AuditEventMetadata[A],
): DsrAuditEvent {
  return { action, target, metadata } as DsrAuditEvent;
}
