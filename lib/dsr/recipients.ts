// Who hears from the processor about an organisation's requests: its privacy contacts and its OWNER,
// ADMIN and PRIVACY_OFFICER members (disabled users left out), lower-cased and deduplicated; and the
// language they read (the organisation's default).
import type { Tx } from "../db/client.ts";
import { isLocale, type Locale } from "../i18n/locale.ts";
import { NOTIFIED_ROLES, uniqueAddresses } from "../incidents/notices/recipients.ts";

export type ControllerAudience = {
  addresses: string[];
  locale: Locale;
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
        select: { user: { select: { email: true } } },
      },
    },
  });
  return {
    addresses: uniqueAddresses([...org.privacyContacts, ...org.memberships.map((m) => m.user.email)]),
    locale: isLocale(org.defaultLanguage) ? org.defaultLanguage : "en",
    slug: org.slug,
    name: org.name,
    timeZone: org.defaultTimeZone,
  };
}
