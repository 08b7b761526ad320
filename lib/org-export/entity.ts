// One kind of record in the organisation export (lib/org-export/registry.ts lists them): its file name,
// what it holds and its columns (the README is written from these), how many rows it has and its rows,
// a page at a time by keyset (never an OFFSET, never every row at once). Every query takes the
// organisation's id in its `where`: a row of another organisation cannot reach the file. Each entity
// decides per field what the controller is entitled to: never a secret, a token or a password hash,
// never the provider's staff by name, never another organisation's record.
import type { Tx } from "../db/client.ts";
import type { AuditLogReader } from "../audit/log-entry.ts";

/** A cell: JSON-able; in CSV a list or object is written as JSON, a date as ISO 8601 UTC. */
export type ExportValue =
  string | number | boolean | null | Date | readonly ExportValue[] | { readonly [key: string]: unknown };
export type ExportRow = Record<string, ExportValue>;

/** What every entity reads with: the export's snapshot transaction and whose data it is. */
export type ExportScope = {
  tx: Tx;
  organizationId: string;
  /** When the export started: the audit log is exported up to its newest event then. */
  startedAt: Date;
  /** The organisation's audit log as its members read it (the provider's staff named as such). */
  reader: AuditLogReader;
  /** Rows per page. */
  pageSize: number;
};

export type ExportColumn = { name: string; about: string };

export type ExportEntity = {
  /** File name without extension ("members" → members.csv and members.json); letters, digits and "-". */
  name: string;
  title: string;
  about: string;
  columns: readonly ExportColumn[];
  count(scope: ExportScope): Promise<number>;
  pages(scope: ExportScope): AsyncGenerator<ExportRow[]>;
};

export function defineEntity(entity: ExportEntity): ExportEntity {
  if (!/^[a-z0-9-]+$/.test(entity.name)) throw new Error(`export entity name ${entity.name}`);
  return entity;
}

/** Columns written as `name: about` pairs, in file order. */
export function columns(spec: Record<string, string>): ExportColumn[] {
  return Object.entries(spec).map(([name, about]) => ({ name, about }));
}

/**
 * Keyset pages over a table ordered by its string id: `fetch(after, take)` reads the next `take` rows with
 * an id greater than `after` (null: from the start), ordered by id.
 */
export async function* pagesById<T extends { id: string }, R extends ExportRow>(
  pageSize: number,
  fetch: (after: string | null, take: number) => Promise<T[]>,
  toRow: (record: T) => R,
): AsyncGenerator<R[]> {
  let after: string | null = null;
  for (;;) {
    const records = await fetch(after, pageSize);
    if (records.length > 0) yield records.map(toRow);
    if (records.length < pageSize) return;
    after = records.at(-1)!.id;
  }
}

/** `{ id: { gt: after } }` for a keyset page, or nothing for the first. */
export const afterId = (after: string | null) => (after === null ? {} : { id: { gt: after } });
