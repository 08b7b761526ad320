import "server-only";
// Follow-ups for items sent as "not yet known" (GDPR.md B2): a phase opens one per unknown item (unless
// one is already open) and resolves the open ones it now answers.
import type { Tx } from "../../db/client.ts";
import { answeredItems, unknownItems, type NoticeItemValues } from "./items.ts";

export async function recordFollowUps(
  tx: Tx,
  incidentId: string,
  phaseNumber: number,
  items: NoticeItemValues,
): Promise<{ opened: string[]; resolved: number }> {
  const answered = answeredItems(items);
  const { count: resolved } = answered.length
    ? await tx.noticeFollowUp.updateMany({
        where: { incidentId, item: { in: answered }, resolvedInPhase: null },
        data: { resolvedInPhase: phaseNumber },
      })
    : { count: 0 };
  const unknown = unknownItems(items);
  const stillOpen = new Set(
    (
      await tx.noticeFollowUp.findMany({
        where: { incidentId, item: { in: unknown }, resolvedInPhase: null },
        select: { item: true },
      })
    ).map((f) => f.item),
  );
  const opened = unknown.filter((item) => !stillOpen.has(item));
  if (opened.length)
    await tx.noticeFollowUp.createMany({
      data: opened.map((item) => ({ incidentId, item, openedInPhase: phaseNumber })),
    });
  return { opened, resolved };
}
