// The periods in force: staff's policy per category (the registry's default until staff change it) and each
// organisation's own shorter period, kept within the policy's bounds (an override saved under older bounds
// is clamped, never longer than the policy).
import { db, type Tx } from "../db/client.ts";
import { allCategories, type RetentionCategory } from "./categories/index.ts";

export const DAY_MS = 86_400_000;

export type Policy = { category: RetentionCategory; periodDays: number; minDays: number; changed: boolean };

type Reader = Tx | typeof db;

/** Whether organisations own rows of this category (they may shorten its period). */
export function perOrganization(category: RetentionCategory): boolean {
  if (category.system) return true;
  return category.sql !== null && category.sql.organization !== "NULL::text";
}

/**
 * The policies that concern one organisation: Article28's per-organisation categories, and the categories
 * of the connected systems that hold its data (OrganizationSystem; ADR 0028).
 */
export async function organizationPolicies(organizationId: string, reader: Reader = db): Promise<Policy[]> {
  const systems = new Set(
    (
      await reader.organizationSystem.findMany({ where: { organizationId }, select: { dataSystemId: true } })
    ).map((s) => s.dataSystemId),
  );
  return (await policies(reader)).filter(
    (p) => perOrganization(p.category) && (!p.category.system || systems.has(p.category.system.dataSystemId)),
  );
}

export async function policies(reader: Reader = db): Promise<Policy[]> {
  const rows = await reader.retentionPolicy.findMany();
  const stored = new Map(rows.map((r) => [r.category, r]));
  return (await allCategories(reader)).map((category) => {
    const row = stored.get(category.key);
    return {
      category,
      periodDays: row?.periodDays ?? category.defaultDays,
      minDays: row?.minDays ?? category.defaultMinDays,
      changed: Boolean(row),
    };
  });
}

export function clampOverride(days: number, bounds: { periodDays: number; minDays: number }): number {
  return Math.min(bounds.periodDays, Math.max(bounds.minDays, days));
}

/** Each organisation's period for one category (only organisations that chose a shorter one). */
export async function overridesFor(
  category: string,
  bounds: { periodDays: number; minDays: number },
  reader: Reader = db,
): Promise<Map<string, number>> {
  const rows = await reader.retentionOverride.findMany({ where: { category } });
  return new Map(rows.map((r) => [r.organizationId, clampOverride(r.periodDays, bounds)]));
}

export function cutoffOf(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
