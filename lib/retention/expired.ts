// The SQL of a category's expired rows (GDPR.md G1, G3): rows whose timestamp is before the cutoff of their
// organisation — its own shorter period if it chose one, else the policy's. Counting (dry run, held rows)
// and deleting share the same selection. The fragments come from the registry (constants); the values are
// parameters. Times are passed as ISO strings cast to `timestamp(3)`, the columns' type.
import { Prisma } from "../generated/prisma/client.ts";
import type { CategorySql } from "./categories/category.ts";

export type Cutoffs = { policy: Date; byOrganization: Map<string, Date> };

function expiredWhere(sql: CategorySql, cutoffs: Cutoffs): { join: Prisma.Sql; where: Prisma.Sql } {
  const orgs = [...cutoffs.byOrganization.keys()];
  const times = [...cutoffs.byOrganization.values()].map((d) => d.toISOString());
  return {
    join: Prisma.sql`LEFT JOIN unnest(${orgs}::text[], ${times}::timestamp(3)[]) AS o(org, cutoff)
      ON o.org = ${Prisma.raw(sql.organization)}`,
    where: Prisma.sql`${Prisma.raw(sql.where)}
      AND ${Prisma.raw(sql.at)} < COALESCE(o.cutoff, ${cutoffs.policy.toISOString()}::timestamp(3))`,
  };
}

/** Expired rows per organisation (null: the provider's own rows). */
export function countExpiredSql(sql: CategorySql, cutoffs: Cutoffs): Prisma.Sql {
  const { join, where } = expiredWhere(sql, cutoffs);
  return Prisma.sql`SELECT ${Prisma.raw(sql.organization)} AS "organizationId", count(*)::int AS n
    FROM ${Prisma.raw(sql.from)} ${join}
    WHERE ${where}
    GROUP BY 1`;
}

/**
 * Deletes up to `limit` expired rows outside the held organisations, in one short statement; rows another
 * transaction holds are skipped (SKIP LOCKED), readers are never blocked. Rows are taken in id order after
 * `after` (the previous batch's last id), so a run walks the table once instead of rescanning what it has
 * already passed (kept rows and the dead tuples of removed ones). Returns the removed rows and the batch's
 * last id.
 */
export function deleteBatchSql(
  sql: CategorySql,
  cutoffs: Cutoffs,
  heldOrganizations: string[],
  limit: number,
  after: string | null,
): Prisma.Sql {
  const { join, where } = expiredWhere(sql, cutoffs);
  const id = Prisma.raw(sql.id);
  const resume = after === null ? Prisma.empty : Prisma.sql`AND ${id} > ${after}`;
  return Prisma.sql`WITH doomed AS (
      SELECT ${id} AS id, ${Prisma.raw(sql.organization)} AS org, ${Prisma.raw(sql.at)} AS at
      FROM ${Prisma.raw(sql.from)} ${join}
      WHERE ${where}
        AND COALESCE(${Prisma.raw(sql.organization)}, '') <> ALL(${heldOrganizations}::text[])
        ${resume}
      ORDER BY ${id}
      LIMIT ${limit}
      FOR UPDATE OF t SKIP LOCKED
    ), gone AS (
      DELETE FROM ${Prisma.raw(sql.table)} d USING doomed
      WHERE d.${Prisma.raw(sql.id.replace(/^t\./, ""))} = doomed.id
      RETURNING doomed.id, doomed.org, doomed.at
    )
    SELECT gone.id::text AS id, gone.org AS "organizationId", gone.at AS at,
      (SELECT max(doomed.id)::text FROM doomed) AS "last"
    FROM gone`;
}
