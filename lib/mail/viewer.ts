import "server-only";
// The staff console's mail viewer: what the outbox holds and whether it went out.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { env } from "../config/env.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { OutboxStatus } from "../generated/prisma/enums.ts";
import { outboxBody } from "./outbox.ts";

export type OutboxListItem = {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
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
    },
  });
  return {
    smtpConfigured: Boolean(env().SMTP_URL),
    items: rows.map(({ toAddress, ...r }) => ({ ...r, to: toAddress })),
  };
}

export type OutboxMessage = OutboxListItem & { text: string | null; lastError: string | null };

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
    },
  });
  if (!row) throw new AppError("not_found");
  const { toAddress, textBody, sensitive, idempotencyKey, ...rest } = row;
  // A message with a sign-in or reset link is shown only where nothing can send it (development):
  // with SMTP configured, staff must not be able to use a customer's link.
  const text = !sensitive || !env().SMTP_URL ? outboxBody({ idempotencyKey, sensitive, textBody }) : null;
  return { ...rest, to: toAddress, text };
}
