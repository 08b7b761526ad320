// Emails an SMTP server accepted whose acceptance this process could not write: the database went away
// (a restart) between the server's 250 and the commit that marks the row SENT. The row is PENDING again,
// so without this the next drain would send the email a second time. This process remembers them and
// its next drain writes them SENT, as of the server's acceptance, before it sends anything (and no lane
// claims them meanwhile). Only a worker that dies as well forgets them: then the email goes out again
// under the same Message-ID (at-least-once, ADR 0035).
import { db, type Tx } from "../db/client.ts";
import { afterAccepted } from "./acceptance.ts";
import { DELIVERED_SENSITIVE_NOTE } from "./outbox.ts";

export type Acceptance = {
  id: string;
  idempotencyKey: string;
  sensitive: boolean;
  attempts: number;
  sentAt: Date;
};

const globalForAcceptances = globalThis as unknown as { article28Unrecorded?: Map<string, Acceptance> };
const unrecorded = (globalForAcceptances.article28Unrecorded ??= new Map<string, Acceptance>());

/** Rows accepted by a server and not yet known to be SENT: lanes must not claim them. */
export function unrecordedIds(): string[] {
  return [...unrecorded.keys()];
}

/**
 * Marks the row SENT within `tx` and records what the acceptance means (ADR 0016). Until `tx` commits,
 * the acceptance is remembered (forget() it after the commit).
 */
export async function recordAcceptance(tx: Tx, acceptance: Acceptance): Promise<boolean> {
  unrecorded.set(acceptance.id, acceptance);
  const erase = acceptance.sensitive
    ? { textBody: DELIVERED_SENSITIVE_NOTE, htmlBody: null, headers: null }
    : {};
  const { count } = await tx.outboxEmail.updateMany({
    where: { id: acceptance.id, status: "PENDING" },
    data: {
      status: "SENT",
      sentAt: acceptance.sentAt,
      attempts: acceptance.attempts,
      lastError: null,
      ...erase,
    },
  });
  if (count === 1) await afterAccepted(tx, acceptance);
  return count === 1;
}

/** The acceptance is committed (or found already written). */
export function forget(id: string): void {
  unrecorded.delete(id);
}

/** Writes every remembered acceptance; throws (keeping them) while the database is still away. */
export async function recordUnrecordedAcceptances(): Promise<number> {
  let recorded = 0;
  for (const acceptance of [...unrecorded.values()]) {
    if (await db.$transaction((tx) => recordAcceptance(tx, acceptance))) recorded++;
    forget(acceptance.id);
  }
  return recorded;
}
