// What the database holds, table by table, to show a caller changed nothing (S11 at runtime). Left out: the
// tables every request may write by design — the audit trail (refusals are recorded), sessions (last seen),
// throttle counters — and the job queue's own schema.
import pg from "pg";

const WRITTEN_BY_ANY_REQUEST = new Set([
  "AuditEvent",
  "AuditInbox",
  "AuditRefusalTally",
  "AuditChainHead",
  "Session",
  "ThrottleCounter",
]);

export async function fingerprint(ownerUrl: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%'
       ORDER BY tablename`,
    );
    const result = new Map<string, string>();
    for (const { name } of tables) {
      if (WRITTEN_BY_ANY_REQUEST.has(name)) continue;
      const { rows } = await client.query<{ digest: string }>(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest
         FROM "${name}" t`,
      );
      result.set(name, rows[0]!.digest);
    }
    return result;
  } finally {
    await client.end();
  }
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}
