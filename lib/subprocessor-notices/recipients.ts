import "server-only";
// Who receives an organisation's subprocessor notice (GDPR.md C2): its OWNER, ADMIN and PRIVACY_OFFICER
// members (disabled users excluded) in their own language, else the organisation's default, and its privacy
// contacts in the organisation's default language; lower-cased and deduplicated. Every organisation but
// those being closed, with its authorisation mode and notice period, in one query.
import type { Tx } from "../db/client.ts";
import type { SubprocessorAuthorisation } from "../generated/prisma/enums.ts";
import { emailLocale } from "../i18n/reader-locale.ts";
import type { Locale } from "../i18n/locale.ts";
import { NOTIFIED_ROLES } from "../incidents/notices/recipients.ts";

export type NoticeAddressee = { address: string; locale: Locale };

export type OrganizationToNotify = {
  organizationId: string;
  slug: string;
  name: string;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  defaultTimeZone: string;
  recipients: NoticeAddressee[];
  hasWebhooks: boolean;
};

type Row = {
  organizationId: string;
  slug: string;
  name: string;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  defaultTimeZone: string;
  defaultLanguage: string;
  privacyContacts: string[];
  members: { email: string; language: Locale | null }[];
  hasWebhooks: boolean;
};

export async function organizationsToNotify(tx: Pick<Tx, "$queryRaw">): Promise<OrganizationToNotify[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT o.id AS "organizationId", o.slug, o.name, o."subprocessorAuthorisation" AS mode,
           o."subprocessorNoticeDays" AS "noticeDays", o."defaultTimeZone", o."defaultLanguage", o."privacyContacts",
           COALESCE(json_agg(json_build_object('email', u.email, 'language', u.language) ORDER BY u.email)
                    FILTER (WHERE u.email IS NOT NULL), '[]') AS members,
           EXISTS (SELECT 1 FROM "WebhookEndpoint" w WHERE w."organizationId" = o.id AND w."disabledAt" IS NULL)
             AS "hasWebhooks"
    FROM "Organization" o
    LEFT JOIN "Membership" m ON m."organizationId" = o.id AND m.role::text = ANY(${[...NOTIFIED_ROLES]}::text[])
    LEFT JOIN "User" u ON u.id = m."userId" AND u."disabledAt" IS NULL
    WHERE o."closingSince" IS NULL
    GROUP BY o.id
    ORDER BY o.name, o.id`;
  return rows.map(({ defaultLanguage, privacyContacts, members, ...rest }) => {
    const byAddress = new Map<string, Locale>();
    for (const m of members) byAddress.set(normal(m.email), emailLocale(m.language, defaultLanguage));
    for (const c of privacyContacts)
      if (!byAddress.has(normal(c))) byAddress.set(normal(c), emailLocale(null, defaultLanguage));
    const recipients = [...byAddress]
      .filter(([address]) => address.includes("@"))
      .map(([address, locale]) => ({ address, locale }))
      .sort((a, b) => a.address.localeCompare(b.address));
    return { ...rest, recipients };
  });
}

const normal = (address: string) => address.trim().toLowerCase();
