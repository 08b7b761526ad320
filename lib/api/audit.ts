import "server-only";
// One change to an organisation's API set-up, recorded in the organisation's audit chain and the
// provider's (S17), in the transaction of the change. The provider's row names the organisation in its
// metadata. Shared by lib/api (keys) and lib/webhooks (endpoints, the delivery worker).
import { recordAuditBatch } from "../audit/record-batch.ts";
import type { AuditActor, AuditEvent, RequestMeta } from "../audit/record.ts";
import type { Tx } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";

export type OrganizationAuditContext = {
  organizationId: string;
  actor: AuditActor;
  request?: RequestMeta;
  clock: Clock;
};

export async function auditInOrganizationAndProvider(
  tx: Tx,
  who: OrganizationAuditContext,
  event: AuditEvent,
  target: { type: string; id: string },
): Promise<void> {
  const entry = { ...event, actor: who.actor, target, request: who.request };
  await recordAuditBatch(
    tx,
    [
      { ...entry, organizationId: who.organizationId },
      { ...entry, organizationId: null },
    ],
    who.clock,
  );
}
