// The demo product's retention purge (docs/connectors/protocol.md, "Purging expired records"; ADR 0028):
// its categories are its time-stamped tables — `events` (occurred_at) and `orders` (placed_at) — of the
// system that holds them. Records of the organisation older than the cutoff go, except those of the
// subjects Article28 asks to keep (`keep.subjects`, matched on the email, case-insensitively, or the
// external id) and those the connector's own retention holds keep (`demo_product.holds`, e.g. invoices
// under statutory retention). Count mode changes nothing and lists the subjects with expired records. The
// evidence hash is over the removed records' ids as "<table>:<id>" (lib/retention/evidence.ts).
import type pg from "pg";
import { PURGE_SUBJECT_LIMIT, type PurgeExpiredResult } from "../../../lib/retention/systems/protocol.ts";
import { idsSha256 } from "../../../lib/retention/evidence.ts";
import { SCHEMA } from "./schema.ts";
import type { SystemSpec } from "./systems.ts";

/** Each purgeable table's time column (constants, never input). */
export const PURGEABLE: Readonly<Record<string, string>> = { events: "occurred_at", orders: "placed_at" };

type Message = {
  organization: { slug: string };
  category: string;
  cutoff: string;
  mode: "count" | "purge";
  keep: { subjects: string[] };
};

export async function purgeExpired(
  client: pg.PoolClient,
  system: SystemSpec,
  message: Message,
  now: Date,
): Promise<PurgeExpiredResult> {
  const column = PURGEABLE[message.category];
  if (!column || !system.tables.some((t) => t.name === message.category))
    return { status: "failed", error: `no category "${message.category}" in ${system.key}` };
  const table = `${SCHEMA}.${message.category}`;
  const keep = message.keep.subjects.map((s) => s.toLowerCase());
  const externalIds = system.tables.find((t) => t.name === message.category)!.hasExternalId;
  const subject = externalIds ? "coalesce(lower(t.email), t.external_id)" : "lower(t.email)";
  const where = `t.org_slug = $1 AND t.${column} < $2::timestamptz
    AND NOT (coalesce(lower(t.email), '') = ANY($3::text[])${externalIds ? " OR lower(coalesce(t.external_id, '')) = ANY($3::text[])" : ""})
    AND NOT EXISTS (SELECT 1 FROM ${SCHEMA}.holds h WHERE h.system_key = $4 AND h.org_slug = t.org_slug
      AND lower(h.email) = lower(t.email) AND h.held_table = $5 AND h.until >= $6::date)`;
  const params = [message.organization.slug, message.cutoff, keep, system.key, message.category, now];
  if (message.mode === "count") {
    const { rows } = await client.query<{
      identifier: string | null;
      records: number;
      oldest: Date;
      newest: Date;
    }>(
      `SELECT ${subject} AS identifier, count(*)::int AS records, min(t.${column}) AS oldest, max(t.${column}) AS newest
       FROM ${table} t WHERE ${where} GROUP BY 1 ORDER BY 2 DESC`,
      params,
    );
    const times = rows.flatMap((r) => [r.oldest.getTime(), r.newest.getTime()]);
    return {
      status: "done",
      records: rows.reduce((n, r) => n + r.records, 0),
      oldestAt: times.length ? new Date(Math.min(...times)).toISOString() : null,
      newestAt: times.length ? new Date(Math.max(...times)).toISOString() : null,
      subjects: rows
        .flatMap((r) => (r.identifier ? [{ identifier: r.identifier, records: r.records }] : []))
        .slice(0, PURGE_SUBJECT_LIMIT),
    };
  }
  const { rows } = await client.query<{ id: number; at: Date }>(
    `DELETE FROM ${table} t WHERE ${where} RETURNING t.id, t.${column} AS at`,
    params,
  );
  const times = rows.map((r) => r.at.getTime());
  return {
    status: "done",
    records: rows.length,
    oldestAt: times.length ? new Date(Math.min(...times)).toISOString() : null,
    newestAt: times.length ? new Date(Math.max(...times)).toISOString() : null,
    idsSha256: idsSha256(rows.map((r) => `${message.category}:${r.id}`)),
  };
}
