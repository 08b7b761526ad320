// Who hears from the processor about an organisation's requests: its privacy contacts and its OWNER,
// ADMIN and PRIVACY_OFFICER members (disabled users left out), lower-cased and deduplicated, each with the
// language they read (their own choice, else the organisation's default: lib/i18n/reader-locale.ts). Due
// dates in these emails are written in the organisation's zone, where they are counted (ADR 0017).
import type { Tx } from "../db/client.ts";
import { emailLocale } from "../i18n/reader-locale.ts";
import type { Locale } from "../i18n/locale.ts";
import { NOTIFIED_ROLES, uniqueAddresses } from "../incidents/notices/recipients.ts";

export type ControllerAudience = {
  recipients: { address: string; locale: Locale }[];
  slug: string;
  name: string;
  timeZone: string;
};

export async function controllerAudience(tx: Tx, organizationId: string): Promise<ControllerAudience> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      slug: true,
      name: true,
      defaultLanguage: true,
      defaultTimeZone: true,
      privacyContacts: true,
      memberships: {
        where: { role: { in: [...NOTIFIED_ROLES] }, user: { disabledAt: null } },
        select: { user: { select: { email: true, language: true } } },
      },
    },
  });
  const chosen = new Map(org.memberships.map((m) => [m.user.email.trim().toLowerCase(), m.user.language]));
  const addresses = uniqueAddresses([...org.privacyContacts, ...org.memberships.map((m) => m.user.email)]);
  return {
    recipients: addresses.map((address) => ({
      address,
      locale: emailLocale(chosen.get(address), org.defaultLanguage),
    })),
    slug: org.slug,
    name: org.name,
    timeZone: org.defaultTimeZone,
  };
}
