// After the end-to-end run: test-made secrets (marked with SECRET_CANARY) must not appear in clear in
// any table of the database or anywhere in the server's output (SECURITY.md S17).
import pg from "pg";
import { SECRET_CANARY } from "../prisma/factories.ts";

export async function tablesContaining(databaseUrl: string, marker = SECRET_CANARY): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'pgboss')`,
    );
    const hits: string[] = [];
    for (const { schema, name } of tables.rows) {
      const table = `"${schema}"."${name}"`;
      const found = await client.query(`SELECT 1 FROM ${table} t WHERE t::text LIKE $1 LIMIT 1`, [
        `%${marker}%`,
      ]);
      if (found.rowCount) hits.push(table);
    }
    return hits;
  } finally {
    await client.end();
  }
}

export function logContains(log: string, marker = SECRET_CANARY): boolean {
  return log.includes(marker);
}
