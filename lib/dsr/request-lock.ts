// Changes to one request are serialised by a row lock on it (SELECT ... FOR UPDATE), taken first in the
// transaction: a cancellation and a staff decision, or two staff members, never interleave.
import type { Tx } from "../db/client.ts";

export async function lockRequest(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "DataSubjectRequest" WHERE id = ${id} FOR UPDATE`;
}

/** What closing a request clears (A15): the sealed identifiers and details; only the keyed hash stays. */
export function closingFields(now: Date) {
  return { closedAt: now, subjectSealed: null, detailsSealed: null };
}
