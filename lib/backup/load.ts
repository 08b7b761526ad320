// Loads a dump (./dump-format.ts) into a database whose schema the backup's migrations just created, in
// one transaction: a restore that fails midway leaves no half-loaded tables. Rows go in as written
// (never parsed into JavaScript values), a batch per statement; a table with a foreign key to itself goes
// in one statement, since its keys are checked at the statement's end. Rows a migration wrote (a singleton
// such as PublicContentVersion's) are removed first: the dump holds the authoritative ones.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import {
  DUMPED_SCHEMA,
  ident,
  MIGRATIONS_TABLE,
  ROW_PREFIX,
  type SequenceValue,
  type TableHeader,
} from "./dump-format.ts";

const BATCH = 2000;

export class DumpError extends Error {
  override name = "DumpError";
}

async function insertRows(client: pg.ClientBase, table: TableHeader, rows: string[]) {
  if (rows.length === 0) return;
  const name = `${ident(DUMPED_SCHEMA)}.${ident(table.name)}`;
  const columns = table.columns.map(ident).join(", ");
  await client.query(
    `INSERT INTO ${name} (${columns}) OVERRIDING SYSTEM VALUE
     SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json)`,
    [`[${rows.join(",")}]`],
  );
}

/** The target was empty before the migrations ran: anything in its tables now, a migration wrote. */
async function emptyMigratedTables(client: pg.ClientBase) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 AND tablename <> $2`,
    [DUMPED_SCHEMA, MIGRATIONS_TABLE],
  );
  for (const { name } of rows) {
    const table = `${ident(DUMPED_SCHEMA)}.${ident(name)}`;
    const { rows: filled } = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
    // Only what a migration filled (append-only tables such as AuditEvent refuse even an empty TRUNCATE).
    if (filled.length > 0) await client.query(`DELETE FROM ${table}`);
  }
}

export async function loadDump(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    await emptyMigratedTables(client);
    let table: TableHeader | null = null;
    let pending: string[] = [];
    const flush = async () => {
      if (table) await insertRows(client, table, pending);
      pending = [];
    };
    const input = createReadStream(file).pipe(createGunzip());
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.startsWith(ROW_PREFIX)) {
        if (!table) throw new DumpError(`line ${lineNumber}: a row before any table`);
        pending.push(line.slice(ROW_PREFIX.length, -1));
        counts[table.name] = (counts[table.name] ?? 0) + 1;
        if (!table.selfReferencing && pending.length >= BATCH) await flush();
        continue;
      }
      await flush();
      const parsed = JSON.parse(line) as { table?: TableHeader; sequence?: SequenceValue };
      if (parsed.table) {
        table = parsed.table;
        counts[table.name] = 0;
      } else if (parsed.sequence) {
        table = null;
        if (parsed.sequence.lastValue !== null)
          await client.query("SELECT setval($1::regclass, $2::bigint, true)", [
            `${ident(DUMPED_SCHEMA)}.${ident(parsed.sequence.name)}`,
            parsed.sequence.lastValue,
          ]);
      } else throw new DumpError(`line ${lineNumber}: not a dump line`);
    }
    await flush();
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
