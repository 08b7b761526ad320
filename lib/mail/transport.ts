// SMTP delivery through nodemailer. Without SMTP_URL there is no transport: messages stay in the
// outbox and the staff console's mail viewer shows them (development).
import nodemailer from "nodemailer";
import { env } from "../config/env.ts";

export type MailMessage = { id: string; to: string; subject: string; text: string; html: string | null; headers?: Record<string, string> };
export type MailTransport = { send(message: MailMessage): Promise<void> };

export function smtpTransport(smtpUrl: string, from: string, appUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, socketTimeout: 30_000 });
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

export function configuredTransport(): MailTransport | null {
  const { SMTP_URL, MAIL_FROM, APP_URL } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL, MAIL_FROM, APP_URL) : null;
}
