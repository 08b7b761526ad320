// Writes a logical dump of the application's tables (./dump-format.ts) from one consistent snapshot: a
// REPEATABLE READ, READ ONLY transaction, as pg_dump takes it. Rows are read through a cursor in batches and
// streamed into gzip, so a large audit log never sits in memory.
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import { DUMPED_SCHEMA, ident, MIGRATIONS_TABLE, rowLine, sequenceLine, tableLine } from "./dump-format.ts";
import { tablesInLoadOrder } from "./table-order.ts";

const BATCH = 2000;

export type DumpFacts = {
  /** The snapshot's time (the transaction's start, by the database's clock). */
  createdAt: Date;
  serverVersion: string;
  migrations: string[];
  tables: Record<string, number>;
};

export async function writeDump(url: string, file: string): Promise<DumpFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: facts } = await client.query<{ now: Date; version: string }>(
      "SELECT now() AS now, current_setting('server_version') AS version",
    );
    const { rows: schema } = await client.query<{ found: string | null }>(
      "SELECT to_regclass($1)::text AS found",
      [`${ident(DUMPED_SCHEMA)}.${ident(MIGRATIONS_TABLE)}`],
    );
    if (!schema[0]?.found)
      throw new Error(
        "The database has no Article28 schema (no migrations were applied): nothing to back up",
      );
    const { rows: migrations } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const tables = await tablesInLoadOrder(client);
    const counts: Record<string, number> = {};
    async function* lines(): AsyncGenerator<string> {
      for (const table of tables) {
        yield `${tableLine(table)}\n`;
        let count = 0;
        await client.query(
          `DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(DUMPED_SCHEMA)}.${ident(table.name)} t`,
        );
        for (;;) {
          const { rows } = await client.query<{ j: string }>(`FETCH ${BATCH} FROM dump_rows`);
          if (rows.length === 0) break;
          count += rows.length;
          yield rows.map((r) => `${rowLine(r.j)}\n`).join("");
        }
        await client.query("CLOSE dump_rows");
        counts[table.name] = count;
      }
      const { rows: sequences } = await client.query<{ name: string; last: string | null }>(
        `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = $1
          ORDER BY sequencename`,
        [DUMPED_SCHEMA],
      );
      for (const s of sequences) yield `${sequenceLine({ name: s.name, lastValue: s.last })}\n`;
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    await client.query("COMMIT");
    return {
      createdAt: facts[0]!.now,
      serverVersion: facts[0]!.version,
      migrations: migrations.map((m) => m.name),
      tables: counts,
    };
  } finally {
    await client.end();
  }
}
