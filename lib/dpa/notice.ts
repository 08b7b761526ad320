import "server-only";
// One notice about a DPA version to one organisation (ADR 0029): an email to each of its active owners and
// admins, in their language, with the link to the portal's DPA page, and the DpaNotice row that makes it
// happen once — stage 0 when the version is published, then the reminders (reminders.ts). Returns how many
// were emailed, or null when this notice had been sent before (nothing is sent twice).
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import { isoDate } from "../time/calendar-date.ts";
import { enqueueEmailBatch } from "../mail/outbox.ts";
import { recipientLocale } from "../mail/recipient-locale.ts";
import { dpaNoticeEmail } from "./messages.ts";

export type NoticeFacts = {
  organization: { id: string; name: string; slug: string };
  version: { id: string; version: number; effectiveDate: Date };
  /** Days after publication: 0, 7 or 21. */
  stage: number;
  now: Date;
};

export async function sendDpaNotice(tx: Tx, facts: NoticeFacts): Promise<number | null> {
  const { organization, version, stage, now } = facts;
  const members = await tx.membership.findMany({
    where: { organizationId: organization.id, role: { in: ["OWNER", "ADMIN"] }, user: { disabledAt: null } },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const claimed = await tx.dpaNotice.createMany({
    data: [
      {
        organizationId: organization.id,
        versionId: version.id,
        stage,
        recipients: members.length,
        sentAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return null;
  const url = `${env().APP_URL.replace(/\/$/, "")}/portal/${organization.slug}/dpa`;
  const emails = [];
  for (const member of members) {
    const locale = await recipientLocale(tx, { userId: member.userId }, organization.id);
    const { subject, text } = dpaNoticeEmail(locale, {
      organization: organization.name,
      version: version.version,
      effectiveDate: isoDate(version.effectiveDate),
      url,
      stage,
    });
    emails.push({
      idempotencyKey: `dpa-notice:${version.id}:${organization.id}:${stage}:${member.userId}`,
      to: member.user.email,
      subject,
      text,
      organizationId: organization.id,
    });
  }
  await enqueueEmailBatch(tx, emails);
  return members.length;
}
