// Tampers with the audit log the way a database owner could (SECURITY.md S18): switch the append-only
// trigger off, change rows, switch it back on, all in one transaction on a separate connection. The
// application's own role cannot do this (ADR 0025): the connection signs in as the database's owner.
import pg from "pg";

/** `databaseUrl`'s database, signed in as its owner (DATABASE_OWNER_URL's role, as the test setup gives it). */
export function asOwner(databaseUrl: string): string {
  const owner = process.env.DATABASE_OWNER_URL;
  if (!owner) return databaseUrl;
  const url = new URL(databaseUrl);
  const ownerUrl = new URL(owner);
  url.username = ownerUrl.username;
  url.password = ownerUrl.password;
  return url.toString();
}

/** Runs `sql` against "AuditEvent" with the append-only trigger disabled, as the table owner. */
export async function tamperWithAuditLog(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<number> {
  const client = new pg.Client({ connectionString: asOwner(databaseUrl) });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_or_delete`);
    const result = await client.query(sql, params);
    await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_or_delete`);
    await client.query("COMMIT");
    return result.rowCount ?? 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
