import "server-only";
// Who receives a breach notice, for every affected organisation of an incident, in one query: the
// organisation's privacy contacts and its OWNER, ADMIN and PRIVACY_OFFICER members (disabled users
// excluded), lower-cased and deduplicated.
import type { Tx } from "../../db/client.ts";

export const NOTIFIED_ROLES = ["OWNER", "ADMIN", "PRIVACY_OFFICER"] as const;

export type NotificationRecipients = {
  notificationId: string;
  organizationId: string;
  slug: string;
  organizationName: string;
  windowHours: number;
  deadlineAt: Date;
  firstSentAt: Date | null;
  recipients: string[];
};

type Row = Omit<NotificationRecipients, "recipients"> & { privacyContacts: string[]; memberEmails: string[] };

export async function loadNotificationRecipients(
  tx: Tx,
  incidentId: string,
): Promise<NotificationRecipients[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT n.id AS "notificationId", n."organizationId", n."windowHours", n."deadlineAt", n."firstSentAt",
           o.slug, o.name AS "organizationName", o."privacyContacts",
           COALESCE(array_agg(u.email ORDER BY u.email) FILTER (WHERE u.email IS NOT NULL), '{}') AS "memberEmails"
    FROM "IncidentNotification" n
    JOIN "Organization" o ON o.id = n."organizationId"
    LEFT JOIN "Membership" m ON m."organizationId" = o.id AND m.role::text = ANY(${[...NOTIFIED_ROLES]}::text[])
    LEFT JOIN "User" u ON u.id = m."userId" AND u."disabledAt" IS NULL
    WHERE n."incidentId" = ${incidentId}
    GROUP BY n.id, o.id
    ORDER BY n.id`;
  return rows.map(({ privacyContacts, memberEmails, ...rest }) => ({
    ...rest,
    recipients: uniqueAddresses([...privacyContacts, ...memberEmails]),
  }));
}

export function uniqueAddresses(addresses: readonly string[]): string[] {
  return [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@")))].sort();
}
