// How many refusals the audit log accounts for (SECURITY.md S24), whether a window is still open or over:
// every window has one event of its own (its first refusal) and counts the others, in its tally while
// open and in its summary event once over (lib/audit/refusals.ts). So the refusals are the first events
// plus, per window, the count beyond the first — exact even when a test runs across a window boundary.
import { db } from "../db/client.ts";

export type RefusalFilter = {
  action: string;
  actorUserId?: string | null;
  organizationId?: string | null;
  chain?: string;
  ip?: string | null;
};

export async function refusalsCounted(filter: RefusalFilter): Promise<number> {
  const { action, ...who } = filter;
  const [firsts, open, summaries] = await Promise.all([
    db.auditEvent.count({ where: { action, ...who } }),
    db.auditRefusalTally.findMany({ where: { action, ...who }, select: { count: true } }),
    db.auditEvent.findMany({
      where: { action: "audit.refusals.summarised", metadata: { path: ["action"], equals: action }, ...who },
      select: { metadata: true },
    }),
  ]);
  const beyondFirst = (count: number) => count - 1;
  return (
    firsts +
    open.reduce((sum, t) => sum + beyondFirst(t.count), 0) +
    summaries.reduce((sum, s) => sum + beyondFirst((s.metadata as { count: number }).count), 0)
  );
}
