import "server-only";
// The staff queue of customers' objections to subprocessors (GDPR.md C2; subprocessors.objections.resolve):
// open objections first (oldest first), then the latest resolved ones with their outcome and note.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { SubprocessorObjectionOutcome } from "../generated/prisma/enums.ts";

export type QueuedObjection = {
  noticeId: string;
  organization: { id: string; name: string; slug: string };
  subprocessor: string;
  effectiveDate: Date;
  objectedAt: Date | null;
  objectedBy: string;
  reason: string;
  resolution: { outcome: SubprocessorObjectionOutcome; note: string; by: string; at: Date } | null;
};

export async function objectionQueue(
  ctx: Context,
): Promise<{ open: QueuedObjection[]; resolved: QueuedObjection[] }> {
  await authorizeStaff(ctx, "subprocessors.objections.resolve");
  const rows = await db.subprocessorNotice.findMany({
    where: { answers: { some: { status: "OBJECTED", outcome: null } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      resolvedAt: true,
      organization: { select: { id: true, name: true, slug: true } },
      change: { select: { effectiveDate: true, subprocessor: { select: { name: true } } } },
      answers: {
        where: { OR: [{ status: "OBJECTED", outcome: null }, { outcome: { not: null } }] },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { outcome: true, text: true, byName: true, at: true },
      },
    },
  });
  const items = rows.map((n): QueuedObjection => {
    const objection = n.answers.find((a) => a.outcome === null);
    const resolution = n.answers.find((a) => a.outcome !== null);
    return {
      noticeId: n.id,
      organization: n.organization,
      subprocessor: n.change.subprocessor.name,
      effectiveDate: n.change.effectiveDate,
      objectedAt: objection?.at ?? null,
      objectedBy: objection?.byName ?? "",
      reason: objection?.text ?? "",
      resolution: resolution
        ? { outcome: resolution.outcome!, note: resolution.text, by: resolution.byName, at: resolution.at }
        : null,
    };
  });
  return {
    open: items.filter((i) => !i.resolution),
    resolved: items
      .filter((i) => i.resolution)
      .reverse()
      .slice(0, 50),
  };
}
