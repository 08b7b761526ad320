// The SQL of a category's expired rows (GDPR.md G1, G2, G3): rows whose timestamp is before the cutoff of
// their organisation — its own shorter period if it chose one, else the policy's — and, for each, the
// oldest hold that keeps it (./held.ts). Counting (dry run, held rows) and deleting share the same
// selection. The fragments come from the registry (constants); the values are parameters. Times are passed
// as ISO strings cast to `timestamp(3)`, the columns' type.
import { Prisma } from "../generated/prisma/client.ts";
import type { CategorySql } from "./categories/category.ts";
import type { HoldRow } from "./held.ts";

export type Cutoffs = { policy: Date; byOrganization: Map<string, Date> };

function expiredWhere(sql: CategorySql, cutoffs: Cutoffs): { join: Prisma.Sql; where: Prisma.Sql } {
  const orgs = [...cutoffs.byOrganization.keys()];
  const policy = Prisma.sql`${cutoffs.policy.toISOString()}::timestamp(3)`;
  // Without overrides the join is left out: the planner then walks the id index in order (the purge's batches).
  if (orgs.length === 0)
    return {
      join: Prisma.empty,
      where: Prisma.sql`${Prisma.raw(sql.where)} AND ${Prisma.raw(sql.at)} < ${policy}`,
    };
  const times = [...cutoffs.byOrganization.values()].map((d) => d.toISOString());
  return {
    join: Prisma.sql`LEFT JOIN unnest(${orgs}::text[], ${times}::timestamp(3)[]) AS o(org, cutoff)
      ON o.org = ${Prisma.raw(sql.organization)}`,
    where: Prisma.sql`${Prisma.raw(sql.where)}
      AND ${Prisma.raw(sql.at)} < COALESCE(o.cutoff, ${policy})`,
  };
}

/**
 * The oldest hold keeping each row: a lateral lookup in the holds passed as arrays (`held.hold` is null for
 * a row no hold keeps). No holds: no join at all.
 */
function heldJoin(sql: CategorySql, held: readonly HoldRow[]): { join: Prisma.Sql; hold: Prisma.Sql } {
  const rows = held.filter(
    (h) => (h.subjectHash === null || sql.subject) && (h.incidentId === null || sql.incident),
  );
  if (rows.length === 0) return { join: Prisma.empty, hold: Prisma.sql`NULL::text` };
  const organization = Prisma.raw(sql.organization);
  const subject = Prisma.raw(sql.subject ?? "NULL::text");
  const incident = Prisma.raw(sql.incident ?? "NULL::text");
  return {
    join: Prisma.sql`LEFT JOIN LATERAL (
        SELECT h.hold FROM unnest(${rows.map((h) => h.rank)}::int[], ${rows.map((h) => h.holdId)}::text[],
          ${rows.map((h) => h.organizationId)}::text[], ${rows.map((h) => h.subjectHash)}::text[],
          ${rows.map((h) => h.incidentId)}::text[]) AS h(rank, hold, org, subject, incident)
        WHERE (h.subject IS NULL AND h.incident IS NULL AND h.org = ${organization})
          OR (h.subject IS NOT NULL AND h.org = ${organization} AND h.subject = ${subject})
          OR (h.incident IS NOT NULL AND h.incident = ${incident})
        ORDER BY h.rank LIMIT 1
      ) held ON TRUE`,
    hold: Prisma.sql`held.hold`,
  };
}

/** Expired rows per organisation (null: the provider's own rows) and the hold keeping them (null: none). */
export function countExpiredSql(sql: CategorySql, cutoffs: Cutoffs, held: readonly HoldRow[]): Prisma.Sql {
  const { join, where } = expiredWhere(sql, cutoffs);
  const holds = heldJoin(sql, held);
  return Prisma.sql`SELECT ${Prisma.raw(sql.organization)} AS "organizationId", ${holds.hold} AS "holdId",
      count(*)::int AS n
    FROM ${Prisma.raw(sql.from)} ${join} ${holds.join}
    WHERE ${where}
    GROUP BY 1, 2`;
}

/** What each batch's evidence rows say besides the rows themselves (lib/retention/purge.ts). */
export type BatchEvidence = {
  runId: string;
  category: string;
  selector: string;
  periodDays: number;
  /** Organisations with their own shorter period. */
  overrides: ReadonlyMap<string, number>;
  startedAt: Date;
  finishedAt: Date;
};

/**
 * Removes up to `limit` expired rows no hold keeps and writes the evidence of what it removed (one
 * RetentionRun row per organisation in the batch: period, cutoff, count, time range and the SHA-256 of
 * ./evidence.ts over its ids, sorted in code-unit order — byte order for these ASCII ids), all in one
 * short statement: deleted, or with the category's `clear` only cleared. Rows another transaction holds
 * are skipped (SKIP LOCKED), readers are never blocked. Rows are taken in id order after `after` (the
 * previous batch's last id), so a run walks the table once instead of rescanning what it has already
 * passed (kept rows and the dead tuples of removed ones). Returns the removed rows, the batch's last id
 * and, with `alsoDelete`, the ids of the rows to delete with them.
 */
export function deleteBatchSql(
  sql: CategorySql,
  cutoffs: Cutoffs,
  held: readonly HoldRow[],
  limit: number,
  after: string | null,
  evidence: BatchEvidence,
): Prisma.Sql {
  const { join, where } = expiredWhere(sql, cutoffs);
  const holds = heldJoin(sql, held);
  const id = Prisma.raw(sql.id);
  const resume = after === null ? Prisma.empty : Prisma.sql`AND ${id} > ${after}`;
  const also = sql.alsoDelete
    ? Prisma.sql`, d.${Prisma.raw(sql.alsoDelete.column)}::text AS also`
    : Prisma.sql`, NULL::text AS also`;
  const column = Prisma.raw(sql.id.replace(/^t\./, ""));
  // By the locked rows' physical addresses (ctid, stable while they are locked): a TID scan, where a join
  // on the id let the planner hash the whole table for every batch.
  const mine = Prisma.sql`d.ctid = ANY(ARRAY(SELECT ctid FROM doomed))`;
  const remove = sql.clear
    ? Prisma.sql`UPDATE ${Prisma.raw(sql.table)} d SET ${Prisma.raw(sql.clear)} WHERE ${mine}`
    : Prisma.sql`DELETE FROM ${Prisma.raw(sql.table)} d WHERE ${mine}`;
  const orgs = [...evidence.overrides.keys()];
  const days = [...evidence.overrides.values()];
  const times = orgs.map((org) => cutoffs.byOrganization.get(org)!.toISOString());
  return Prisma.sql`WITH doomed AS (
      SELECT t.ctid, ${id}::text AS id, ${Prisma.raw(sql.organization)} AS org, ${Prisma.raw(sql.at)} AS at
      FROM ${Prisma.raw(sql.from)} ${join} ${holds.join}
      WHERE ${where} AND ${holds.hold} IS NULL ${resume}
      ORDER BY ${id}
      LIMIT ${limit}
      FOR UPDATE OF t SKIP LOCKED
    ), gone AS (
      ${remove}
      RETURNING d.${column}::text AS id ${also}
    ), removed AS (
      SELECT doomed.id, doomed.org, doomed.at, gone.also FROM gone JOIN doomed ON doomed.id = gone.id
    ), evidence AS (
      INSERT INTO "RetentionRun" (id, "runId", category, "organizationId", "periodDays", cutoff, selector,
        removed, held, "oldestAt", "newestAt", "idsSha256", "startedAt", "finishedAt")
      SELECT gen_random_uuid()::text, ${evidence.runId}, ${evidence.category}, r.org,
        COALESCE(p.days, ${evidence.periodDays}::int),
        COALESCE(p.cutoff, ${cutoffs.policy.toISOString()}::timestamp(3)), ${evidence.selector},
        count(*)::int, 0, min(r.at), max(r.at),
        encode(sha256(convert_to(string_agg(r.id || E'\n', '' ORDER BY r.id COLLATE "C"), 'UTF8')), 'hex'),
        ${evidence.startedAt.toISOString()}::timestamp(3), ${evidence.finishedAt.toISOString()}::timestamp(3)
      FROM removed r
        LEFT JOIN unnest(${orgs}::text[], ${days}::int[], ${times}::timestamp(3)[]) AS p(org, days, cutoff)
          ON p.org = r.org
      GROUP BY r.org, p.days, p.cutoff
    )
    SELECT removed.id, removed.org AS "organizationId", removed.at AS at, removed.also AS "also",
      (SELECT max(doomed.id) FROM doomed) AS "last"
    FROM removed`;
}
