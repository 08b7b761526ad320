// The application's own database role (ADR 0025, SECURITY.md S18): it reads and writes the application's
// tables but owns none of them, so it cannot disable or drop a trigger, alter or drop a table; it has no
// UPDATE, DELETE or TRUNCATE on "AuditEvent" and may remove audit events only through audit_prune_prefix
// (a whole prefix of a chain behind a signed checkpoint). Migrations and these grants run as the owner.
import pg from "pg";

/** The role the embedded PostgreSQL, the e2e sandbox and the test databases give the application. */
export const LOCAL_APP_ROLE = "article28_app";
const LOCAL_APP_PASSWORD = "article28-app-local";

/** The same server and database as `ownerUrl`, as the local application role. */
export function localAppUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = LOCAL_APP_ROLE;
  url.password = LOCAL_APP_PASSWORD;
  return url.toString();
}

/** The role a connection URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The rights the application needs; everything in the schema, then the audit tables taken back. */
function grants(role: string, database: string): string {
  return `
    GRANT CONNECT ON DATABASE ${database} TO ${role};
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "AuditEvent" FROM ${role};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "AuditPruneCheckpoint" FROM ${role};
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "AuditChainHead" FROM ${role};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role};
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "DpaAcceptance" FROM ${role};
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "NegotiatedDpa" FROM ${role};
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "RecordsFactVersion" FROM ${role};
    GRANT EXECUTE ON FUNCTION audit_prune_prefix(text, integer, text) TO ${role};
    GRANT USAGE ON SCHEMA pgboss TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${role};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${role};
  `;
}

/**
 * Creates `appUrl`'s role with the URL's password when it does not exist (the owner needs CREATEROLE;
 * otherwise an administrator creates it, ADR 0025). Gives it exactly the application's rights on `ownerUrl`'s database (idempotent: run after
 * every migration, so new tables are covered), and refuses a role that could undo them: a superuser, a
 * role that bypasses row security, or one that is (or may become) the tables' owner.
 */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<void> {
  const role = roleOf(appUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (existing.rowCount === 0) {
      const password = decodeURIComponent(new URL(appUrl).password);
      await client
        .query(
          `CREATE ROLE ${client.escapeIdentifier(role)} LOGIN PASSWORD ${client.escapeLiteral(password)}
           NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION`,
        )
        .catch((error: Error) => {
          throw new Error(
            `The database role "${role}" of DATABASE_URL does not exist and DATABASE_OWNER_URL's role may not create it (${error.message}): create it as in ADR 0025`,
          );
        });
    }
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    await client.query("BEGIN");
    await client.query(grants(client.escapeIdentifier(role), client.escapeIdentifier(database)));
    await client.query("COMMIT");
    const problems = await restrictionProblems(client, role);
    if (problems.length > 0)
      throw new Error(
        `The application's database role "${role}" is not restricted: ${problems.join("; ")} (ADR 0025)`,
      );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Why `role` could still change the audit log behind the application's back (empty: it cannot). */
export async function restrictionProblems(client: pg.Client, role: string): Promise<string[]> {
  const { rows } = await client.query<{
    superuser: boolean;
    bypassrls: boolean;
    owner: boolean;
    remove: boolean;
  }>(
    `SELECT r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
            pg_has_role(r.oid, c.relowner, 'MEMBER') AS owner,
            has_table_privilege(r.oid, c.oid, 'DELETE') OR has_table_privilege(r.oid, c.oid, 'UPDATE')
              OR has_table_privilege(r.oid, c.oid, 'TRUNCATE') AS remove
       FROM pg_roles r, pg_class c
      WHERE r.rolname = $1 AND c.oid = '"AuditEvent"'::regclass`,
    [role],
  );
  const row = rows[0];
  if (!row) return [`the role does not exist`];
  const problems: string[] = [];
  if (row.superuser) problems.push("it is a superuser");
  if (row.bypassrls) problems.push("it bypasses row-level security");
  if (row.owner) problems.push('it owns (or may act as the owner of) "AuditEvent"');
  if (row.remove) problems.push('it may update, delete or truncate "AuditEvent"');
  return problems;
}

/**
 * Whether `url` signs in as a restricted application role on a migrated database: such a process (a scaled-
 * out worker given DATABASE_URL alone) leaves migrations to one that has DATABASE_OWNER_URL.
 */
export async function signsInRestricted(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; migrated: boolean }>(
      `SELECT current_user AS role, to_regclass('"AuditEvent"') IS NOT NULL AS migrated`,
    );
    const row = rows[0];
    if (!row?.migrated) return false;
    return (await restrictionProblems(client, row.role)).length === 0;
  } finally {
    await client.end();
  }
}
