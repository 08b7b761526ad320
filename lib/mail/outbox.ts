// The transactional outbox for email: a message is written in the same transaction as the change
// that causes it, so it exists exactly when the change does. A job delivers it (deliver.ts).
import type { Tx } from "../db/client.ts";

export type OutgoingEmail = {
  /** Same key, same message: enqueuing twice keeps one row (e.g. "invite:<id>"). */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  organizationId?: string | null;
};

export async function enqueueEmail(tx: Tx, email: OutgoingEmail): Promise<void> {
  await tx.outboxEmail.createMany({
    data: [
      {
        idempotencyKey: email.idempotencyKey,
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html ?? null,
        organizationId: email.organizationId ?? null,
      },
    ],
    skipDuplicates: true,
  });
}
