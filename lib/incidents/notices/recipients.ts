import "server-only";
// Who receives a breach notice, for every affected organisation of an incident, in one query: the
// organisation's privacy contacts and its OWNER, ADMIN and PRIVACY_OFFICER members (disabled users
// excluded), lower-cased and deduplicated; and the time zone each reads the notice in (a member's own,
// else the organisation's default, also for a contact address: lib/time/reader-time-zone.ts).
import type { Tx } from "../../db/client.ts";
import { providerTimeZone } from "../../provider/default-time-zone.ts";
import { readerTimeZone } from "../../time/reader-time-zone.ts";

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
  /** The zone of every recipient's email. */
  timeZones: Record<string, string>;
};

type Row = Omit<NotificationRecipients, "recipients" | "timeZones"> & {
  privacyContacts: string[];
  defaultTimeZone: string;
  members: { email: string; timeZone: string | null }[];
};

export async function loadNotificationRecipients(
  tx: Tx,
  incidentId: string,
): Promise<NotificationRecipients[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT n.id AS "notificationId", n."organizationId", n."windowHours", n."deadlineAt", n."firstSentAt",
           o.slug, o.name AS "organizationName", o."privacyContacts", o."defaultTimeZone",
           COALESCE(json_agg(json_build_object('email', u.email, 'timeZone', u."timeZone") ORDER BY u.email)
                    FILTER (WHERE u.email IS NOT NULL), '[]') AS members
    FROM "IncidentNotification" n
    JOIN "Organization" o ON o.id = n."organizationId"
    LEFT JOIN "Membership" m ON m."organizationId" = o.id AND m.role::text = ANY(${[...NOTIFIED_ROLES]}::text[])
    LEFT JOIN "User" u ON u.id = m."userId" AND u."disabledAt" IS NULL
    WHERE n."incidentId" = ${incidentId}
    GROUP BY n.id, o.id
    ORDER BY n.id`;
  const provider = await providerTimeZone(tx);
  return rows.map(({ privacyContacts, members, defaultTimeZone, ...rest }) => {
    const recipients = uniqueAddresses([...privacyContacts, ...members.map((m) => m.email)]);
    const own = new Map(members.map((m) => [m.email.trim().toLowerCase(), m.timeZone]));
    const timeZones = Object.fromEntries(
      recipients.map((address) => [
        address,
        readerTimeZone({ own: own.get(address) ?? null, organization: defaultTimeZone, provider }),
      ]),
    );
    return { ...rest, recipients, timeZones };
  });
}

export function uniqueAddresses(addresses: readonly string[]): string[] {
  return [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@")))].sort();
}
