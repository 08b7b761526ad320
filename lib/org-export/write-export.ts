// Writes the organisation export into a ZIP as it reads it: for every entity of the registry a CSV file
// and a JSON file (one page of rows in memory at a time), then README.md (what each file holds, every
// column) and manifest.json (every file's size, SHA-256 and rows). `onRows` hears how many rows were
// written (progress). Reads go through the scope's snapshot transaction.
import { csvHeader, csvLines } from "../zip/csv.ts";
import type { ZipFileEntry } from "../zip/zip-assembler.ts";
import type { ZipFileWriter } from "../zip/zip-file-writer.ts";
import type { ExportEntity, ExportScope } from "./entity.ts";
import { EXPORT_SCHEMA_VERSION, type ExportFacts, type WrittenEntity } from "./facts.ts";
import { exportReadme } from "./readme.ts";

export type WrittenExport = { files: ZipFileEntry[]; entities: WrittenEntity[]; rows: number };

async function writeCsv(
  out: ZipFileWriter,
  entity: ExportEntity,
  scope: ExportScope,
  onRows: (n: number) => Promise<void>,
): Promise<number> {
  const names = entity.columns.map((c) => c.name);
  out.zip.begin(`${entity.name}.csv`);
  out.zip.push(csvHeader(names));
  let rows = 0;
  for await (const page of entity.pages(scope)) {
    out.zip.push(csvLines(names, page));
    rows += page.length;
    await out.flush();
    await onRows(page.length);
  }
  out.zip.finish(rows);
  await out.flush();
  return rows;
}

async function writeJson(
  out: ZipFileWriter,
  entity: ExportEntity,
  scope: ExportScope,
  facts: ExportFacts,
  onRows: (n: number) => Promise<void>,
): Promise<number> {
  const names = entity.columns.map((c) => c.name);
  out.zip.begin(`${entity.name}.json`);
  const head = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    entity: entity.name,
    organization: facts.organization,
    generatedAt: facts.generatedAt.toISOString(),
    columns: names,
  };
  out.zip.push(`${JSON.stringify(head).slice(0, -1)},"rows":[`);
  let rows = 0;
  for await (const page of entity.pages(scope)) {
    const lines = page.map((row) => {
      const ordered = Object.fromEntries(names.map((name) => [name, row[name] ?? null]));
      return `${rows++ === 0 ? "\n" : ",\n"}${JSON.stringify(ordered)}`;
    });
    out.zip.push(lines.join(""));
    await out.flush();
    await onRows(page.length);
  }
  out.zip.push(rows === 0 ? "]}\n" : "\n]}\n");
  out.zip.finish(rows);
  await out.flush();
  return rows;
}

export async function writeExport(
  out: ZipFileWriter,
  entities: readonly ExportEntity[],
  scope: ExportScope,
  facts: ExportFacts,
  onRows: (n: number) => Promise<void>,
): Promise<WrittenExport> {
  const written: WrittenEntity[] = [];
  for (const entity of entities) {
    const rows = await writeCsv(out, entity, scope, onRows);
    await writeJson(out, entity, scope, facts, onRows);
    written.push({
      name: entity.name,
      title: entity.title,
      rows,
      csv: `${entity.name}.csv`,
      json: `${entity.name}.json`,
    });
  }
  out.zip.entry("README.md", exportReadme(facts, entities, written));
  const files = [...out.zip.files];
  const rows = written.reduce((sum, e) => sum + e.rows, 0);
  const manifest = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportId: facts.exportId,
    organization: facts.organization,
    generatedAt: facts.generatedAt.toISOString(),
    files,
    entities: written,
    rows,
  };
  out.zip.entry("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  await out.flush();
  return { files, entities: written, rows };
}
