import "server-only";
// The job's half of general authorisation (GDPR.md C2): when an organisation's objection window closes in
// silence, its deemed acceptance is recorded, dated at the window's end (the moment it took effect), and
// audited in its chain and the provider's. Idempotent: a notice is claimed by a conditional update, so a
// second run (or two at once) records nothing twice. The clock is injected (tests move it).
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import { db } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";
import { recordNoticeAnswer } from "./record-answer.ts";

const BATCH = 200;

export async function recordDeemedAcceptances(clock: Clock): Promise<{ deemed: number }> {
  const now = clock.now();
  let deemed = 0;
  for (;;) {
    const due = await db.subprocessorNotice.findMany({
      where: { status: "NOTIFIED", mode: "GENERAL", windowEndsAt: { lte: now } },
      orderBy: { windowEndsAt: "asc" },
      take: BATCH,
      select: {
        id: true,
        organizationId: true,
        windowEndsAt: true,
        change: { select: { subprocessor: { select: { name: true } } } },
      },
    });
    let claimed = 0;
    for (const notice of due) {
      const recorded = await db.$transaction(async (tx) => {
        const written = await recordNoticeAnswer(tx, {
          noticeId: notice.id,
          organizationId: notice.organizationId,
          from: "NOTIFIED",
          status: "DEEMED_ACCEPTED",
          text: "",
          byName: "system",
          byUserId: null,
          byProvider: true,
          at: notice.windowEndsAt!,
        });
        if (!written) return false;
        const event = {
          actor: SYSTEM_ACTOR,
          action: "subprocessor.notice.deemed_accepted" as const,
          target: { type: "SubprocessorNotice", id: notice.id },
        };
        const subprocessor = notice.change.subprocessor.name;
        await recordAudit(
          { ...event, organizationId: notice.organizationId, metadata: { subprocessor } },
          { tx, clock },
        );
        await recordAudit(
          {
            ...event,
            organizationId: null,
            metadata: { subprocessor, organizationId: notice.organizationId },
          },
          { tx, clock },
        );
        return true;
      });
      if (recorded) claimed++;
    }
    deemed += claimed;
    if (due.length < BATCH || claimed === 0) return { deemed };
  }
}
