// The transactional outbox for email: a message is written in the same transaction as the change
// that causes it, so it exists exactly when the change does. A job delivers it (deliver.ts).
// A sensitive message (it carries a sign-in, reset or invitation link) is stored sealed and its body
// is erased once delivered, so the database never holds such a link in clear.
// The outbox is also the last check before SMTP (SECURITY.md S25): a subject is written as one line, a
// recipient or extra header holding a control character is refused (no injected header), and bodies
// lose bidirectional and invisible characters and every line break but their own.
import type { Tx } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { open, seal } from "../crypto/secret-box.ts";
import { toPlainText } from "../text/multi-line.ts";
import { toSingleLine } from "../text/single-line.ts";
import { CONTROL, LINE_BREAK } from "../text/unsafe-characters.ts";

export type OutgoingEmail = {
  /** Same key, same message: enqueuing twice keeps one row (e.g. "invite:<id>"). */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  organizationId?: string | null;
  /** The body contains a secret (a token link). */
  sensitive?: boolean;
  /** Extra headers, e.g. List-Unsubscribe (sealed with the body when sensitive). */
  headers?: Record<string, string>;
};

export const DELIVERED_SENSITIVE_NOTE =
  "[Content erased after delivery: this message contained a single-use link.]";

const sealContext = (idempotencyKey: string) => `outbox:${idempotencyKey}`;

/** A subject longer than this is cut (RFC 5322 allows 998 characters per line; mail clients show far less). */
const MAX_SUBJECT = 500;
const HEADER_NAME = /^[A-Za-z0-9-]{1,76}$/;

/** Throws unless `value` can be a header value as it is: a control character would start another header. */
function assertHeaderValue(what: string, value: string): void {
  if (LINE_BREAK.test(value) || CONTROL.test(value))
    throw new Error(`outbox: ${what} contains a line break or control character`);
}

/** The row enqueueEmail writes (bodies and headers sealed when the message is sensitive). */
function outboxRow(email: OutgoingEmail): Prisma.OutboxEmailCreateManyInput {
  const protect = (body: string) => (email.sensitive ? seal(body, sealContext(email.idempotencyKey)) : body);
  assertHeaderValue("the recipient", email.to);
  for (const [name, value] of Object.entries(email.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new Error("outbox: a header name is not a plain token");
    assertHeaderValue(`header ${name}`, value);
  }
  return {
    idempotencyKey: email.idempotencyKey,
    toAddress: email.to,
    subject: toSingleLine(email.subject, MAX_SUBJECT),
    textBody: protect(toPlainText(email.text)),
    htmlBody: email.html === undefined ? null : protect(toPlainText(email.html)),
    headers: email.headers ? protect(JSON.stringify(email.headers)) : null,
    organizationId: email.organizationId ?? null,
    sensitive: email.sensitive ?? false,
  };
}

export async function enqueueEmail(tx: Tx, email: OutgoingEmail): Promise<void> {
  await tx.outboxEmail.createMany({ data: [outboxRow(email)], skipDuplicates: true });
}

export const OUTBOX_BATCH_SIZE = 500;

/**
 * Many messages in a few statements (a notice to every subscriber or customer), in batches; a repeated
 * idempotency key is skipped, so retrying never sends anyone a second copy. Returns how many were new.
 */
export async function enqueueEmailBatch(tx: Tx, emails: OutgoingEmail[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < emails.length; start += OUTBOX_BATCH_SIZE) {
    const batch = emails.slice(start, start + OUTBOX_BATCH_SIZE).map(outboxRow);
    inserted += (await tx.outboxEmail.createMany({ data: batch, skipDuplicates: true })).count;
  }
  return inserted;
}

/** The readable body of an outbox row (opens a sealed one; an erased one reads as the erasure note). */
export function outboxBody(row: {
  idempotencyKey: string;
  sensitive: boolean;
  textBody: string;
  status?: string;
}): string {
  if (!row.sensitive || row.textBody === DELIVERED_SENSITIVE_NOTE) return row.textBody;
  return open(row.textBody, sealContext(row.idempotencyKey));
}

export function outboxHtml(row: {
  idempotencyKey: string;
  sensitive: boolean;
  htmlBody: string | null;
}): string | null {
  if (row.htmlBody === null || !row.sensitive || row.htmlBody === DELIVERED_SENSITIVE_NOTE)
    return row.htmlBody;
  return open(row.htmlBody, sealContext(row.idempotencyKey));
}

export function outboxHeaders(row: {
  idempotencyKey: string;
  sensitive: boolean;
  headers: string | null;
}): Record<string, string> {
  if (row.headers === null) return {};
  return JSON.parse(
    row.sensitive ? open(row.headers, sealContext(row.idempotencyKey)) : row.headers,
  ) as Record<string, string>;
}
