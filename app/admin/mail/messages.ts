// Words of the mail viewer about messages it keeps sealed (staff console: English; SECURITY.md S26).
import type { OutboxBody } from "@/lib/mail/viewer";

type SealedReason = Extract<OutboxBody, { readable: false }>["reason"];

export const MAIL_MESSAGES = {
  sealedBadge: "Sealed",
  sealedBody: {
    single_use_link:
      "This message contains a single-use link for its recipient, so it is not shown here. Outside development, staff never see sign-in, password reset, invitation or download links: only the recipient can use them, once the message is delivered.",
  } satisfies Record<SealedReason, string>,
  noSmtpSealed:
    "Messages with a single-use link (sign-in, password reset, invitation, download) stay sealed here; their recipients get them once SMTP delivers them.",
} as const;
