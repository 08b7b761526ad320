import "server-only";
// The staff console's mail viewer: what the outbox holds and whether it went out. A message that carries
// a single-use link (sign-in, reset, invitation, download) is never opened for staff outside development
// (SECURITY.md S26, docs/decisions/0013): its body is not even decrypted for the page.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { env } from "../config/env.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { OutboxStatus } from "../generated/prisma/enums.ts";
import { deliveryState, type DeliveryState } from "./delivery-state.ts";
import { outboxBody } from "./outbox.ts";
import { sensitiveMailReadable } from "./sealed-mail.ts";

export type OutboxListItem = {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  /** Queued, retrying (attempts, the server's last answer, the next attempt), accepted or failed. */
  delivery: DeliveryState;
  /** It carries a single-use link and staff cannot read it here. */
  sealed: boolean;
};

export async function listOutbox(
  ctx: Context,
  options: { take?: number } = {},
): Promise<{ smtpConfigured: boolean; items: OutboxListItem[] }> {
  await authorizeStaff(ctx, "admin.mail.view");
  const rows = await db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      sensitive: true,
      lastError: true,
      nextAttemptAt: true,
    },
  });
  const readable = sensitiveMailReadable(env());
  return {
    smtpConfigured: Boolean(env().SMTP_URL),
    items: rows.map(({ toAddress, sensitive, lastError, nextAttemptAt, ...r }) => ({
      ...r,
      to: toAddress,
      delivery: deliveryState({ ...r, lastError, nextAttemptAt }),
      sealed: sensitive && !readable,
    })),
  };
}

/** The body as staff may see it: the text, or why it stays sealed. */
export type OutboxBody = { readable: true; text: string } | { readable: false; reason: "single_use_link" };

export type OutboxMessage = OutboxListItem & { body: OutboxBody; lastError: string | null };

/** One message; an unknown id is not found. */
export async function getOutboxMessage(ctx: Context, id: string): Promise<OutboxMessage> {
  await authorizeStaff(ctx, "admin.mail.view");
  const row = await db.outboxEmail.findUnique({
    where: { id },
    select: {
      id: true,
      idempotencyKey: true,
      toAddress: true,
      subject: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      textBody: true,
      sensitive: true,
      lastError: true,
      nextAttemptAt: true,
    },
  });
  if (!row) throw new AppError("not_found");
  const { toAddress, textBody, sensitive, idempotencyKey, nextAttemptAt, ...rest } = row;
  const sealed = sensitive && !sensitiveMailReadable(env());
  const body: OutboxBody = sealed
    ? { readable: false, reason: "single_use_link" }
    : { readable: true, text: outboxBody({ idempotencyKey, sensitive, textBody }) };
  return { ...rest, to: toAddress, delivery: deliveryState({ ...rest, nextAttemptAt }), sealed, body };
}
