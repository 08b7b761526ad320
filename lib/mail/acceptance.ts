// What an SMTP server's acceptance of an email changes besides its outbox row, in the same transaction
// (ADR 0016): a breach notice counts as delivered to its organisation only from that moment, and a
// subprocessor notice's objection window opens then (GDPR.md C1). Each receiver recognises its own emails by
// their idempotency key and ignores the rest.
import type { Tx } from "../db/client.ts";
import { recordNoticeAccepted, type AcceptedEmail } from "../incidents/notices/acceptance.ts";
import { recordSubprocessorNoticeDelivered } from "../subprocessor-notices/delivered.ts";

const RECEIVERS: readonly ((tx: Tx, email: AcceptedEmail) => Promise<unknown>)[] = [
  recordNoticeAccepted,
  recordSubprocessorNoticeDelivered,
];

export async function afterAccepted(tx: Tx, email: AcceptedEmail): Promise<void> {
  for (const receive of RECEIVERS) await receive(tx, email);
}
