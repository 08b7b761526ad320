import "server-only";
// What became of a notice's emails (ADR 0016): the outbox row of each recipient (key
// "subprocessor-notice:<noticeId>:<address>"), summarised per notice, with every failure's address and the
// mail server's answer, for the staff matrix.
import type { Tx } from "../db/client.ts";
import { deliveryState } from "../mail/delivery-state.ts";
import { noticeEmailKey } from "./email-key.ts";

export type NoticeDelivery = {
  accepted: number;
  pending: number;
  failures: { address: string; reason: string }[];
};

export async function noticeDeliveries(
  reader: Pick<Tx, "outboxEmail">,
  notices: readonly { id: string; recipients: string[] }[],
): Promise<Map<string, NoticeDelivery>> {
  const keys = notices.flatMap((n) => n.recipients.map((address) => noticeEmailKey(n.id, address)));
  const rows =
    keys.length === 0
      ? []
      : await reader.outboxEmail.findMany({
          where: { idempotencyKey: { in: keys } },
          select: {
            idempotencyKey: true,
            toAddress: true,
            status: true,
            attempts: true,
            lastError: true,
            sentAt: true,
            nextAttemptAt: true,
          },
        });
  const byKey = new Map(rows.map((row) => [row.idempotencyKey, row]));
  return new Map(
    notices.map((n) => {
      const summary: NoticeDelivery = { accepted: 0, pending: 0, failures: [] };
      for (const address of n.recipients) {
        const row = byKey.get(noticeEmailKey(n.id, address));
        if (!row) continue;
        const state = deliveryState(row);
        if (state.kind === "accepted") summary.accepted++;
        else if (state.kind === "failed") summary.failures.push({ address, reason: state.reason });
        else summary.pending++;
      }
      return [n.id, summary];
    }),
  );
}
