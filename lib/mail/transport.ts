// SMTP delivery through nodemailer. Without SMTP_URL there is no transport: messages stay in the
// outbox and the staff console's mail viewer shows them (development).
import nodemailer from "nodemailer";
import { env } from "../config/env.ts";

export type MailMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers?: Record<string, string>;
};
export type MailTransport = { send(message: MailMessage): Promise<void> };

/** SMTP connections a pooled transport keeps open (one per delivery lane, see deliver.ts). */
export const SMTP_POOL_CONNECTIONS = 24;

/**
 * `pooled`: keep up to SMTP_POOL_CONNECTIONS connections open and reuse them for every message (the
 * worker's transport: a fan-out of thousands of notices would otherwise open one connection per mail).
 */
export function smtpTransport(
  smtpUrl: string,
  from: string,
  appUrl: string,
  options: { pooled?: boolean } = {},
): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    socketTimeout: 30_000,
    ...(options.pooled
      ? { pool: true, maxConnections: SMTP_POOL_CONNECTIONS, maxMessages: Number.POSITIVE_INFINITY }
      : {}),
  });
  const domain = new URL(appUrl).hostname;
  return {
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        headers: message.headers,
        // Stable per outbox row: if a crash forces a resend, receivers can tell it is the same message.
        messageId: `<${message.id}@${domain}>`,
      });
    },
  };
}

const globalForTransport = globalThis as unknown as {
  article28Transport?: { key: string; transport: MailTransport };
};

/** Whether an SMTP server is configured; without one every email stays queued in the outbox (ADR 0016). */
export function isMailTransportConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** The process's pooled transport (created once, so its open connections serve every drain). */
export function configuredTransport(): MailTransport | null {
  const { SMTP_URL, MAIL_FROM, APP_URL } = env();
  if (!SMTP_URL) return null;
  const key = `${SMTP_URL}|${MAIL_FROM}|${APP_URL}`;
  if (globalForTransport.article28Transport?.key !== key) {
    globalForTransport.article28Transport = {
      key,
      transport: smtpTransport(SMTP_URL, MAIL_FROM, APP_URL, { pooled: true }),
    };
  }
  return globalForTransport.article28Transport.transport;
}
