// The application's tables, parents before children (their foreign keys), for the dump and the restore.
import type pg from "pg";
import { DUMPED_SCHEMA, MIGRATIONS_TABLE, type TableHeader } from "./dump-format.ts";

export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableHeader[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2
      GROUP BY c.relname
      ORDER BY c.relname`,
    [DUMPED_SCHEMA, MIGRATIONS_TABLE],
  );
  const { rows: keys } = await client.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1`,
    [DUMPED_SCHEMA],
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  const selfReferencing = new Set<string>();
  for (const { child, parent } of keys)
    if (child === parent) selfReferencing.add(child);
    else parents.get(child)?.add(parent);
  const ordered: TableHeader[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  while (remaining.length) {
    const ready = remaining.filter((t) => [...parents.get(t.name)!].every((p) => placed.has(p)));
    if (ready.length === 0)
      throw new Error(
        `Foreign keys form a cycle between ${remaining.map((t) => t.name).join(", ")}: no load order`,
      );
    for (const t of ready) {
      ordered.push({ name: t.name, columns: t.columns, selfReferencing: selfReferencing.has(t.name) });
      placed.add(t.name);
    }
    remaining = remaining.filter((t) => !placed.has(t.name));
  }
  return ordered;
}
