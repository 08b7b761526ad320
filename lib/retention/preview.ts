import "server-only";
// The dry run of a policy change (GDPR.md G3): before staff save a period, how many records each
// organisation (and the provider itself) would lose at the next purge, and how many of those a legal hold
// would keep. Nothing is changed. A connected system's category asks the system to count (./systems/preview.ts).
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { retentionCategory, type RetentionCategory } from "./categories/index.ts";
import { cutoffsFor } from "./cutoffs.ts";
import { countExpiredSql } from "./expired.ts";
import { heldRows } from "./held.ts";
import type { PolicyInput } from "./input.ts";
import { RETENTION_MESSAGES } from "./messages.ts";
import { overridesFor } from "./policies.ts";
import { previewSystemCategory } from "./systems/preview.ts";

export type PreviewRow = {
  organizationId: string | null;
  organizationName: string | null;
  slug: string | null;
  wouldRemove: number;
  /** Of those, how many a legal hold would keep, and the (oldest) hold's reference. */
  held: number;
  heldBy: string | null;
  /** A connected system's category (ADR 0028): why the system gave no count (null: it answered). */
  unreachable: string | null;
};
export type Preview = {
  category: string;
  periodDays: number;
  minDays: number;
  rows: PreviewRow[];
  total: number;
  /** A MANUAL system's category: nobody is asked, staff purge it by hand. */
  byHand: boolean;
};

/** A category whose period staff may set: Article28's purged ones and every connected system's. */
export async function checkedCategory(key: string): Promise<RetentionCategory> {
  const category = await retentionCategory(key);
  if (!category) throw new AppError("invalid", RETENTION_MESSAGES.unknownCategory);
  if (!category.sql && !category.system)
    throw new AppError(
      "invalid",
      category.removedBy ? RETENTION_MESSAGES.fixedPeriod : RETENTION_MESSAGES.notPurged,
    );
  return category;
}

export function checkBounds(input: PolicyInput): void {
  if (input.minDays > input.periodDays) throw new AppError("invalid", RETENTION_MESSAGES.minAbovePeriod);
}

export async function previewPolicy(ctx: Context, input: PolicyInput): Promise<Preview> {
  await authorizeStaff(ctx, "retention.manage");
  const category = await checkedCategory(input.category);
  checkBounds(input);
  const summary = { category: category.key, periodDays: input.periodDays, minDays: input.minDays };
  if (category.system) {
    const byHand = category.system.connector === "MANUAL";
    const rows = byHand ? [] : await previewSystemCategory(ctx.clock, category, input);
    rows.sort((a, b) => a.organizationName.localeCompare(b.organizationName));
    return { ...summary, rows, total: rows.reduce((n, r) => n + r.wouldRemove, 0), byHand };
  }
  const sql = category.sql!;
  const overrides = await overridesFor(category.key, input);
  const holds = await heldRows(db, category);
  const counts = await db.$queryRaw<{ organizationId: string | null; holdId: string | null; n: number }[]>(
    countExpiredSql(
      sql,
      cutoffsFor(ctx.clock.now(), input.periodDays, overrides),
      holds.everything ? [] : holds.rows,
    ),
  );
  const perOrganization = new Map<
    string | null,
    { wouldRemove: number; held: number; heldBy: string | null }
  >();
  for (const c of counts) {
    const row = perOrganization.get(c.organizationId) ?? { wouldRemove: 0, held: 0, heldBy: null };
    const hold = holds.everything ?? (c.holdId ? holds.holds.get(c.holdId) : undefined);
    row.wouldRemove += c.n;
    if (hold) {
      row.held += c.n;
      // The oldest hold is named (holds are ranked by age; `holds.holds` keeps that order).
      const names = [...holds.holds.values()].map((h) => h.reference);
      if (!row.heldBy || names.indexOf(hold.reference) < names.indexOf(row.heldBy))
        row.heldBy = hold.reference;
    }
    perOrganization.set(c.organizationId, row);
  }
  const organizations = await db.organization.findMany({
    where: { id: { in: [...perOrganization.keys()].flatMap((id) => (id ? [id] : [])) } },
    select: { id: true, name: true, slug: true },
  });
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const rows = [...perOrganization]
    .map(([organizationId, row]) => {
      const organization = organizationId ? byId.get(organizationId) : undefined;
      return {
        organizationId,
        organizationName: organization?.name ?? null,
        slug: organization?.slug ?? null,
        ...row,
        unreachable: null,
      };
    })
    .sort((a, b) => (a.organizationName ?? "").localeCompare(b.organizationName ?? ""));
  return { ...summary, rows, total: rows.reduce((n, r) => n + r.wouldRemove, 0), byHand: false };
}
