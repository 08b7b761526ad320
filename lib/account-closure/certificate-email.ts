import "server-only";
// Every former owner receives the signed certificate (D4) through the outbox, in the transaction that
// completes the deletion: the envelope file in the body (the outbox carries text, not attachments), with
// how to verify it. Written without an organisation id, so nothing about the deleted organisation's
// emails waits for it: the message belongs to the provider's records (and its retention) from now on.
import type { Tx } from "../db/client.ts";
import { formatInstant } from "../i18n/format.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { publicKeyListUrl } from "../signing/public-key-list.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";
import type { FormerOwner } from "./owners.ts";

export async function emailCertificate(
  tx: Tx,
  closure: { id: string; reference: string; organizationName: string },
  owners: FormerOwner[],
  completedAt: Date,
  certificateFile: string,
): Promise<number> {
  for (const owner of owners) {
    const email = M.certificateEmail(owner.locale, {
      name: owner.name,
      organization: closure.organizationName,
      reference: closure.reference,
      completedAt: formatInstant(owner.locale, completedAt, owner.timeZone),
      keysUrl: publicKeyListUrl(),
      certificate: certificateFile,
    });
    await enqueueEmail(tx, {
      idempotencyKey: `account-closure-certificate:${closure.id}:${owner.email}`,
      to: owner.email,
      subject: email.subject,
      text: email.text,
      organizationId: null,
    });
  }
  return owners.length;
}
