import "server-only";
// For the banner on every portal page (GDPR.md C2): how many of the organisation's subprocessor notices
// await its answer, and the earliest end of an open objection window. Awaiting an answer: NOTIFIED and not
// a removal (nothing to authorise), under GENERAL with the window not closed (not delivered yet, or ending
// later), under SPECIFIC always (approval needed). Shown only to those who may answer
// (org.subprocessors.respond), never to an API key, never while the organisation is being closed.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";

export type OpenNotices = {
  count: number;
  /** The earliest end of a GENERAL window that is open; null when none has opened (or all are SPECIFIC). */
  earliestWindowEnd: Date | null;
};

/** The one query: count and earliest window end of the organisation's notices that await its answer. */
export async function openNoticesOf(reader: Tx, organizationId: string, now: Date): Promise<OpenNotices> {
  const { _count, _min } = await reader.subprocessorNotice.aggregate({
    where: {
      organizationId,
      status: "NOTIFIED",
      change: { type: { not: "REMOVE" } },
      OR: [
        { mode: "SPECIFIC" },
        { mode: "GENERAL", OR: [{ windowEndsAt: null }, { windowEndsAt: { gt: now } }] },
      ],
    },
    _count: { _all: true },
    _min: { windowEndsAt: true },
  });
  return { count: _count._all, earliestWindowEnd: _min.windowEndsAt };
}

/** The caller's banner for the organisation `slug`: null when there is nothing to show them. */
export async function openNoticesBanner(ctx: Context, slug: string): Promise<OpenNotices | null> {
  if (ctx.actor?.apiKey) return null;
  const org = await authorizeOrgBySlug(ctx, slug, "org.view");
  if (org.closing || !customerCan(org.role, "org.subprocessors.respond")) return null;
  const open = await openNoticesOf(db, org.organizationId, org.clock.now());
  return open.count === 0 ? null : open;
}
