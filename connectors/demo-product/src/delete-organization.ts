// The demo product's part of an account closure (docs/connectors/protocol.md, "Deleting an organisation"):
// every record of the organisation goes, in the transaction the connector runs each task in — except what a
// retention hold of `demo_product.holds` still keeps (e.g. invoices under statutory retention), which is
// reported as `blocked` with its ground, so the certificate says what was kept and why.
import type pg from "pg";
import type { OrganizationDeletionResult } from "../../../lib/account-closure/protocol.ts";
import { SCHEMA } from "./schema.ts";
import type { SystemSpec } from "./systems.ts";

export async function deleteOrganization(
  client: pg.PoolClient,
  system: SystemSpec,
  slug: string,
  now: Date,
): Promise<OrganizationDeletionResult> {
  const { rows: holds } = await client.query<{
    email: string;
    held_table: string;
    ground: string;
    until: Date;
  }>(
    `SELECT email, held_table, ground, until FROM ${SCHEMA}.holds
     WHERE system_key = $1 AND org_slug = $2 AND until >= $3::date`,
    [system.key, slug, now],
  );
  let records = 0;
  const tables: string[] = [];
  for (const table of system.tables) {
    const kept = holds.filter((h) => h.held_table === table.name).map((h) => h.email.toLowerCase());
    const { rowCount } = await client.query(
      `DELETE FROM ${SCHEMA}.${table.name} WHERE org_slug = $1 AND NOT (coalesce(lower(email), '') = ANY($2::text[]))`,
      [slug, kept],
    );
    if ((rowCount ?? 0) > 0) tables.push(table.name);
    records += rowCount ?? 0;
  }
  if (holds.length === 0) return { status: "done", records, tables };
  const latest = holds.reduce((a, b) => (a.until > b.until ? a : b));
  return {
    status: "blocked",
    records,
    tables,
    ground: latest.ground,
    blockedUntil: new Date(latest.until).toISOString(),
  };
}
