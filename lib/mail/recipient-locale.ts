// The language an email is written in (lib/i18n/reader-locale.ts emailLocale): the recipient's own
// choice, else the default language of their organisation (the one the email is about, else the first
// they joined), else English. An address without an account reads the organisation's default.
import type { Tx } from "../db/client.ts";
import { emailLocale } from "../i18n/reader-locale.ts";
import type { Locale } from "../i18n/locale.ts";

export type Recipient = { userId: string } | { email: string };

export async function recipientLocale(
  tx: Pick<Tx, "user" | "organization">,
  recipient: Recipient,
  organizationId?: string,
): Promise<Locale> {
  const user = await tx.user.findUnique({
    where: "userId" in recipient ? { id: recipient.userId } : { email: recipient.email },
    select: {
      language: true,
      memberships: {
        select: { organization: { select: { defaultLanguage: true } } },
        orderBy: { createdAt: "asc" },
        take: 1,
      },
    },
  });
  if (user?.language) return user.language;
  const organization = organizationId
    ? await tx.organization.findUnique({ where: { id: organizationId }, select: { defaultLanguage: true } })
    : (user?.memberships[0]?.organization ?? null);
  return emailLocale(null, organization?.defaultLanguage);
}
