// A restore goes into an empty database only: one that has any table, view or sequence outside
// PostgreSQL's own schemas is refused before anything is changed.
import pg from "pg";

/** Up to five relations the database already has ("schema.name"); empty when there are none. */
export async function existingRelations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        ORDER BY n.nspname <> 'public', 1 LIMIT 5`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}
