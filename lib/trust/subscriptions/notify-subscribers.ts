import "server-only";
// One email per confirmed, still-subscribed subscriber, written to the outbox inside the caller's
// transaction (so the notices exist exactly when the change does), read and written in batches.
import type { Tx } from "../../db/client.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { OutgoingEmail } from "../../mail/outbox.ts";
import { enqueueEmailBatch, OUTBOX_BATCH_SIZE } from "../../mail/outbox.ts";
import { openUnsubscribeToken } from "./unsubscribe-token.ts";

export type NoticeRecipient = { id: string; email: string; locale: Locale; unsubscribeToken: string };

/** Who receives notices: confirmed and not unsubscribed. */
export const ACTIVE_SUBSCRIBER = { confirmedAt: { not: null }, unsubscribedAt: null } as const;

/** Enqueues `compose(recipient)` for every active subscriber; returns how many emails were written. */
export async function enqueueSubscriberNotices(
  tx: Tx,
  compose: (recipient: NoticeRecipient) => OutgoingEmail,
): Promise<number> {
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const page = await tx.subscriber.findMany({
      where: { ...ACTIVE_SUBSCRIBER, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, email: true, locale: true, unsubscribeTokenSealed: true },
      orderBy: { id: "asc" },
      take: OUTBOX_BATCH_SIZE,
    });
    if (page.length === 0) return written;
    const emails = page.map((s) =>
      compose({
        id: s.id,
        email: s.email,
        locale: s.locale,
        unsubscribeToken: openUnsubscribeToken(s.id, s.unsubscribeTokenSealed),
      }),
    );
    written += await enqueueEmailBatch(tx, emails);
    after = page[page.length - 1]!.id;
  }
}
