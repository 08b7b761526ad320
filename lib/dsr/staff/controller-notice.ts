// Emails to the controller about one of its requests, each in its reader's language, written in the
// transaction of the change (the outbox): an extension (A2, A16), a decline (A4), a forwarded request
// (A7/A8). Due dates are written in the organisation's zone (ADR 0017). Returns how many were queued; the
// caller requests delivery after commit.
import type { Tx } from "../../db/client.ts";
import { formatInstant } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import { enqueueEmailBatch } from "../../mail/outbox.ts";
import { portalRequestUrl } from "../links.ts";
import { DSR_EMAILS } from "../messages.ts";
import { controllerAudience } from "../recipients.ts";

type Notice =
  | { kind: "extended"; changeId: string; previousDueAt: Date; newDueAt: Date; reason: string }
  | { kind: "declined"; reason: string }
  | { kind: "forwarded" };

export async function noticeController(
  tx: Tx,
  request: { id: string; organizationId: string; reference: string },
  notice: Notice,
): Promise<number> {
  const audience = await controllerAudience(tx, request.organizationId);
  const url = portalRequestUrl(audience.slug, request.id);
  const email = (locale: Locale) => {
    const date = (at: Date) => formatInstant(locale, at, audience.timeZone);
    switch (notice.kind) {
      case "extended":
        return DSR_EMAILS.extended[locale]({
          reference: request.reference,
          previous: date(notice.previousDueAt),
          next: date(notice.newDueAt),
          reason: notice.reason,
          url,
        });
      case "declined":
        return DSR_EMAILS.declined[locale]({ reference: request.reference, reason: notice.reason, url });
      case "forwarded":
        return DSR_EMAILS.forwarded[locale]({ reference: request.reference, url });
    }
  };
  const key =
    notice.kind === "extended" ? `dsr-extended:${notice.changeId}` : `dsr-${notice.kind}:${request.id}`;
  return enqueueEmailBatch(
    tx,
    audience.recipients.map(({ address, locale }) => ({
      idempotencyKey: `${key}:${address}`,
      to: address,
      organizationId: request.organizationId,
      ...email(locale),
    })),
  );
}
