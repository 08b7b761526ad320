import "server-only";
// The staff console's mail viewer: what the outbox holds and whether it went out.
import { requireStaff } from "../auth/authorization/authorize.ts";
import { db } from "../db/client.ts";
import type { OutboxStatus } from "../generated/prisma/enums.ts";
import { env } from "../config/env.ts";
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
  options: { take?: number } = {},
): Promise<{ smtpConfigured: boolean; items: OutboxListItem[] }> {
  await requireStaff("admin.mail.view");
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

export async function getOutboxMessage(id: string): Promise<OutboxMessage | null> {
  await requireStaff("admin.mail.view");
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
  if (!row) return null;
  const { toAddress, textBody, sensitive, idempotencyKey, ...rest } = row;
  // A message with a sign-in or reset link is shown only where nothing can send it (development):
  // with SMTP configured, staff must not be able to use a customer's link.
  const text = !sensitive || !env().SMTP_URL ? outboxBody({ idempotencyKey, sensitive, textBody }) : null;
  return { ...rest, to: toAddress, text };
}
