import "server-only";
// The time zone an email to a person is written in (lib/time/reader-time-zone.ts): their own choice, else
// the organisation's default when the email is about that organisation, else the provider's default.
// Emails to many recipients of one organisation resolve their zones with the recipients instead
// (lib/incidents/notices/recipients.ts).
import type { Tx } from "../db/client.ts";
import { providerTimeZone } from "../provider/default-time-zone.ts";
import { readerTimeZone } from "./reader-time-zone.ts";

export async function recipientTimeZone(
  tx: Tx,
  recipient: { userId: string | null; organizationId?: string | null },
): Promise<string> {
  const [user, organization, provider] = await Promise.all([
    recipient.userId
      ? tx.user.findUnique({ where: { id: recipient.userId }, select: { timeZone: true } })
      : null,
    recipient.organizationId
      ? tx.organization.findUnique({
          where: { id: recipient.organizationId },
          select: { defaultTimeZone: true },
        })
      : null,
    providerTimeZone(tx),
  ]);
  return readerTimeZone({
    own: user?.timeZone ?? null,
    organization: organization?.defaultTimeZone ?? null,
    provider,
  });
}
