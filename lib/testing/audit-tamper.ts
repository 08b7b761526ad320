// Tampers with the audit log the way a database owner could (SECURITY.md S18): switch the append-only
// trigger off, change rows, switch it back on, all in one transaction on a separate connection.
import pg from "pg";

/** Runs `sql` against "AuditEvent" with the append-only trigger disabled, as the table owner. */
export async function tamperWithAuditLog(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
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
