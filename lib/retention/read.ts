import "server-only";
// What the retention pages show: staff see every policy and the latest runs' evidence; an organisation's
// OWNER and ADMIN see the categories they hold data in, their own period, the bounds, and the evidence of
// the purges of their own rows (never another organisation's, never the provider's own).
import { authorizeOrgBySlug, authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { purgedByJob } from "./categories/index.ts";
import { clampOverride, organizationPolicies, perOrganization, policies } from "./policies.ts";

export type RunView = {
  id: string;
  category: string;
  organizationId: string | null;
  organizationName: string | null;
  periodDays: number;
  cutoff: Date;
  selector: string;
  removed: number;
  held: number;
  oldestAt: Date | null;
  newestAt: Date | null;
  idsSha256: string;
  startedAt: Date;
  finishedAt: Date;
  /** A connected system's category: why nothing was removed (null: the system answered). */
  error: string | null;
};

const RUN_LIMIT = 50;

/**
 * Staff: every run's evidence. An organisation: its own runs that removed rows, without the held count
 * (whether a hold exists is the provider's to tell, ADR 0021).
 */
async function runs(organizationId: string | undefined): Promise<RunView[]> {
  const rows = await db.retentionRun.findMany({
    where: organizationId ? { organizationId, removed: { gt: 0 }, error: null } : {},
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
    take: RUN_LIMIT,
  });
  const names = new Map(
    (
      await db.organization.findMany({
        where: { id: { in: rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    organizationId: r.organizationId,
    organizationName: r.organizationId ? (names.get(r.organizationId) ?? null) : null,
    periodDays: r.periodDays,
    cutoff: r.cutoff,
    selector: r.selector,
    removed: r.removed,
    held: organizationId ? 0 : r.held,
    oldestAt: r.oldestAt,
    newestAt: r.newestAt,
    idsSha256: r.idsSha256,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    error: r.error,
  }));
}

export async function staffRetention(ctx: Context) {
  await authorizeStaff(ctx, "retention.manage");
  const all = await policies();
  return {
    policies: all.map((p) => ({
      key: p.category.key,
      label: p.category.label,
      counts: p.category.counts,
      periodDays: p.periodDays,
      minDays: p.minDays,
      purged: purgedByJob(p.category),
      removedBy: p.category.removedBy ?? null,
      /** A connected system's category (ADR 0028): its system and whether it is purged by hand. */
      system: p.category.system
        ? { name: p.category.system.systemName, byHand: p.category.system.connector === "MANUAL" }
        : null,
      perOrganization: perOrganization(p.category),
    })),
    runs: await runs(undefined),
  };
}

export async function organizationRetention(ctx: Context, slug: string) {
  const org = await authorizeOrgBySlug(ctx, slug, "org.retention.manage");
  const all = await organizationPolicies(org.organizationId);
  const overrides = new Map(
    (await db.retentionOverride.findMany({ where: { organizationId: org.organizationId } })).map((o) => [
      o.category,
      o.periodDays,
    ]),
  );
  return {
    categories: all.map((p) => {
      const own = overrides.get(p.category.key);
      return {
        key: p.category.key,
        label: p.category.label,
        counts: p.category.counts,
        providerDays: p.periodDays,
        minDays: p.minDays,
        ownDays: own === undefined ? null : clampOverride(own, p),
        /** A connected system's category: the system that keeps it, and whether staff purge it by hand. */
        system: p.category.system
          ? { name: p.category.system.systemName, byHand: p.category.system.connector === "MANUAL" }
          : null,
      };
    }),
    runs: await runs(org.organizationId),
  };
}
