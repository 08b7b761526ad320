// The access/portability package (A9/A15): one ZIP with data.json (every system's answer and data), one CSV
// per system table (lib/zip/csv.ts, as the organisation export writes it: RFC 4180 with every line break
// quoted, UTF-8 byte order mark, formula-safe cells like the audit export; a column a row lacks is an empty
// cell), README.md describing the schema, and manifest.json (schema version, files, row counts and the
// SHA-256 of each file). Built with fflate's streaming Zip; every entry carries the package's ready time,
// so building it again gives the same bytes. Pure.
import { sha256Hex } from "../../crypto/sha256.ts";
import { csvHeader, csvLines } from "../../zip/csv.ts";
import { joinChunks, ZipAssembler, type ZipFileEntry } from "../../zip/zip-assembler.ts";
import { toSingleLine } from "../../text/single-line.ts";
import { packageReadme } from "./package-readme.ts";

export const PACKAGE_SCHEMA_VERSION = 1;

type Cell = string | number | boolean | null;
export type PackageSystem = {
  key: string;
  name: string;
  status: string;
  records: number | null;
  answeredAt: Date | null;
  tables: Record<string, Record<string, Cell>[]>;
};
export type PackageInput = { reference: string; type: string; readyAt: Date; systems: PackageSystem[] };

export type PackageFile = ZipFileEntry;
export type TableFile = { system: string; table: string; path: string; columns: string[]; rows: number };
export type BuiltPackage = {
  zip: Uint8Array;
  sha256: string;
  files: PackageFile[];
  tables: TableFile[];
  rows: number;
};

/** A system key or table name as one path segment: letters, digits, "_", "-", "." (never ".."). */
function segment(value: string): string {
  const plain = value.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/\.{2,}/g, "_");
  return plain.replace(/^\.+/, "_") || "_";
}

function columnsOf(rows: Record<string, Cell>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const column of Object.keys(row)) columns.add(column);
  return [...columns];
}

const encoder = new TextEncoder();

export function buildPackage(input: PackageInput): BuiltPackage {
  const request = { reference: input.reference, type: input.type };
  const generatedAt = input.readyAt.toISOString();
  const entries: { path: string; bytes: Uint8Array; rows?: number }[] = [];
  const data = {
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    request,
    generatedAt,
    systems: input.systems.map((system) => ({
      key: system.key,
      name: toSingleLine(system.name),
      status: system.status,
      records: system.records,
      answeredAt: system.answeredAt?.toISOString() ?? null,
      tables: system.tables,
    })),
  };
  entries.push({ path: "data.json", bytes: encoder.encode(`${JSON.stringify(data, null, 2)}\n`) });
  const tables: TableFile[] = [];
  const used = new Set<string>();
  for (const system of input.systems) {
    for (const [table, rows] of Object.entries(system.tables)) {
      let path = `${segment(system.key)}/${segment(table)}.csv`;
      for (let n = 2; used.has(path); n++) path = `${segment(system.key)}/${segment(table)}-${n}.csv`;
      used.add(path);
      const columns = columnsOf(rows);
      entries.push({
        path,
        bytes: encoder.encode(csvHeader(columns) + csvLines(columns, rows)),
        rows: rows.length,
      });
      tables.push({ system: system.key, table, path, columns, rows: rows.length });
    }
  }
  const readme = packageReadme({ ...request, generatedAt, systems: data.systems, tables });
  entries.push({ path: "README.md", bytes: encoder.encode(readme) });
  const files: PackageFile[] = entries.map((entry) => ({
    path: entry.path,
    bytes: entry.bytes.byteLength,
    sha256: sha256Hex(entry.bytes),
    ...(entry.rows !== undefined ? { rows: entry.rows } : {}),
  }));
  const rows = tables.reduce((sum, table) => sum + table.rows, 0);
  const manifest = {
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    request,
    generatedAt,
    files,
    systems: data.systems.map((system) => ({
      key: system.key,
      name: system.name,
      status: system.status,
      records: system.records,
      tables: tables
        .filter((table) => table.system === system.key)
        .map((table) => ({ name: table.table, file: table.path, rows: table.rows })),
    })),
    rows,
  };
  entries.push({ path: "manifest.json", bytes: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`) });
  const zip = zipEntries(entries, input.readyAt);
  return { zip, sha256: sha256Hex(zip), files, tables, rows };
}

function zipEntries(entries: { path: string; bytes: Uint8Array }[], mtime: Date): Uint8Array {
  const zip = new ZipAssembler({ mtime, level: 6 });
  for (const entry of entries) zip.entry(entry.path, entry.bytes);
  zip.end();
  return joinChunks(zip.take());
}
