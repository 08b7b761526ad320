// The `dsr.status_changed` event, for every place a data-subject request changes status: filing (null ->
// OPEN), instructing a forwarded request, settling from its tasks, declining, cancelling. Call it in the
// transaction of the change (lib/dsr, lib/dsr/connectors/settle.ts); the delivery worker polls the outbox.
import type { Tx } from "../db/client.ts";
import type { DsrStatus, DsrType } from "../generated/prisma/enums.ts";
import type { Clock } from "../time/clock.ts";
import { queueWebhookEvent } from "./queue-event.ts";

export async function queueDsrStatusChange(
  tx: Tx,
  request: { id: string; organizationId: string; reference: string; type: DsrType; status: DsrStatus },
  previousStatus: DsrStatus | null,
  clock: Clock,
): Promise<void> {
  await queueWebhookEvent(
    tx,
    request.organizationId,
    "dsr.status_changed",
    {
      requestId: request.id,
      reference: request.reference,
      type: request.type,
      status: request.status,
      previousStatus,
      changedAt: clock.now().toISOString(),
    },
    { clock },
  );
}
