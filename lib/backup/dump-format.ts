// The dump file (ADR 0034), gzip-compressed JSON lines, in the order a restore loads them:
//   {"table":{"name":"User","columns":["id",…],"selfReferencing":false}}   then that table's rows,
//   {"row":<the row as PostgreSQL's row_to_json writes it>}                one line per row,
//   {"sequence":{"name":"…","lastValue":"42"}}                             after all tables.
// Tables come parents first (foreign keys), so a restore inserts them in file order. Values round-trip
// exactly through json_populate_recordset: text as JSON strings, numbers as PostgreSQL printed them (rows are
// never parsed into JavaScript numbers), timestamps in ISO 8601, bytea as \x hex, arrays and JSON as JSON.
export type TableHeader = { name: string; columns: string[]; selfReferencing: boolean };
export type SequenceValue = { name: string; lastValue: string | null };

export const ROW_PREFIX = '{"row":';

export const tableLine = (table: TableHeader) => JSON.stringify({ table });
export const rowLine = (rowJson: string) => `${ROW_PREFIX}${rowJson}}`;
export const sequenceLine = (sequence: SequenceValue) => JSON.stringify({ sequence });

/** The schema the dump covers: the application's tables (Prisma's). */
export const DUMPED_SCHEMA = "public";
/** Recreated by the migrations themselves, not loaded. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** A quoted identifier (names come from the catalogue, never from input; quoted all the same). */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
