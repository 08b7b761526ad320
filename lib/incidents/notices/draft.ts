import "server-only";
// Saving the draft of the next notice phase (GDPR.md B2, B3). An incident has at most one draft: the
// phase after the last one sent. Sent phases are never touched (a trigger refuses it anyway).
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { lockBreachIncident } from "../incident-lock.ts";
import type { NoticeDraftContent } from "./draft-input.ts";
import { missingItems, unknownItems } from "./items.ts";

export type SavedDraft = { phaseId: string; number: number };

export async function saveNoticeDraft(
  ctx: Context,
  incidentId: string,
  content: NoticeDraftContent,
): Promise<SavedDraft> {
  const { actor } = await authorizeStaff(ctx, "breach.manage");
  return db.$transaction(
    async (tx) => {
      await lockBreachIncident(tx, incidentId);
      const data = { summary: content.summary, ...content.items };
      const draft = await tx.noticePhase.findFirst({
        where: { incidentId, sentAt: null },
        select: { id: true, number: true },
      });
      let saved: SavedDraft;
      if (draft) {
        await tx.noticePhase.update({ where: { id: draft.id }, data });
        saved = { phaseId: draft.id, number: draft.number };
      } else {
        const last = await tx.noticePhase.aggregate({ where: { incidentId }, _max: { number: true } });
        const number = (last._max.number ?? 0) + 1;
        const created = await tx.noticePhase.create({
          data: { incidentId, number, ...data },
          select: { id: true },
        });
        saved = { phaseId: created.id, number };
      }
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "breach.notice.draft_saved",
          target: { type: "NoticePhase", id: saved.phaseId },
          request: ctx.request,
          metadata: {
            incidentId,
            phase: saved.number,
            empty: missingItems(content.items),
            notYetKnown: unknownItems(content.items),
          },
        },
        { tx, clock: ctx.clock },
      );
      return saved;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
