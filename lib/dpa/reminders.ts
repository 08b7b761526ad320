import "server-only";
// Reminders to accept the current DPA version (ADR 0029): 7 and 21 days after it was published (or after
// the organisation was created, if later), each organisation that is still pending — it accepted an earlier
// version or none, and no negotiated DPA binds it — gets one reminder email to its owners and admins.
// Idempotent: a DpaNotice row per (organisation, version, stage) is claimed before anything is sent, so a
// second run, or two at once, send nothing more. A run that finds both stages due (a worker that was down)
// sends the later one only and records the earlier as passed. The clock is injected (tests, faketime).
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import { db } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";
import { currentDpaVersion } from "./current-version.ts";
import { sendDpaNotice } from "./notice.ts";
import { organizationDpaStatus } from "./status.ts";

/** Days after publication on which pending organisations are reminded. */
export const REMINDER_DAYS = [7, 21] as const;
const DAY_MS = 86_400_000;

export async function runDpaReminders(clock: Clock): Promise<{ reminded: number }> {
  const now = clock.now();
  const current = await currentDpaVersion(db);
  if (!current) return { reminded: 0 };
  const organizations = await db.organization.findMany({
    where: { closingSince: null },
    select: { id: true, name: true, slug: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  let reminded = 0;
  for (const organization of organizations) {
    const start = Math.max(current.publishedAt.getTime(), organization.createdAt.getTime());
    const due = REMINDER_DAYS.filter((days) => start + days * DAY_MS <= now.getTime());
    if (due.length === 0) continue;
    const sent = await db.$transaction(async (tx) => {
      const status = await organizationDpaStatus(tx, organization.id, now);
      if (status.state !== "pending" || status.current?.id !== current.id) return false;
      // Earlier stages a late run skipped are recorded as passed (no email), the latest one is sent.
      for (const stage of due.slice(0, -1))
        await tx.dpaNotice.createMany({
          data: [
            { organizationId: organization.id, versionId: current.id, stage, recipients: 0, sentAt: now },
          ],
          skipDuplicates: true,
        });
      const emailed = await sendDpaNotice(tx, { organization, version: current, stage: due.at(-1)!, now });
      if (emailed === null) return false;
      await recordAudit(
        {
          organizationId: organization.id,
          actor: SYSTEM_ACTOR,
          action: "dpa.reminder.sent",
          target: { type: "TrustDocumentVersion", id: current.id },
          metadata: { version: current.version, stage: due.at(-1)!, recipients: emailed },
        },
        { tx, clock },
      );
      return true;
    });
    if (sent) reminded += 1;
  }
  return { reminded };
}
