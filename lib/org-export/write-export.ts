// Writes the organisation export into a ZIP as it reads it: every entity of the registry is read once, a
// page at a time; each page goes into the ZIP as CSV lines and, as JSON lines, into a scratch file beside
// the archive, which is copied into the ZIP as the entity's JSON file once the CSV file is complete (a
// ZIP holds one entry after another). Memory holds one page; then README.md (what each file holds, every
// column) and manifest.json (every file's size, SHA-256 and rows). `onRows` hears how many rows were read
// (progress). Reads go through the scope's snapshot transaction.
import { open, rm } from "node:fs/promises";
import { csvHeader, csvLines } from "../zip/csv.ts";
import type { ZipFileEntry } from "../zip/zip-assembler.ts";
import type { ZipFileWriter } from "../zip/zip-file-writer.ts";
import type { ExportEntity, ExportScope } from "./entity.ts";
import { EXPORT_SCHEMA_VERSION, type ExportFacts, type WrittenEntity } from "./facts.ts";
import { exportReadme } from "./readme.ts";

export type WrittenExport = { files: ZipFileEntry[]; entities: WrittenEntity[]; rows: number };

const COPY_CHUNK = 1 << 20;

async function writeEntity(
  out: ZipFileWriter,
  entity: ExportEntity,
  scope: ExportScope,
  facts: ExportFacts,
  scratchPath: string,
  onRows: (n: number) => Promise<void>,
): Promise<number> {
  const names = entity.columns.map((c) => c.name);
  const json = await open(scratchPath, "w+", 0o600);
  try {
    const head = {
      schemaVersion: EXPORT_SCHEMA_VERSION,
      entity: entity.name,
      organization: facts.organization,
      generatedAt: facts.generatedAt.toISOString(),
      columns: names,
    };
    await json.write(`${JSON.stringify(head).slice(0, -1)},"rows":[`);
    out.zip.begin(`${entity.name}.csv`);
    out.zip.push(csvHeader(names));
    let rows = 0;
    for await (const page of entity.pages(scope)) {
      out.zip.push(csvLines(names, page));
      let lines = "";
      for (const row of page) {
        const ordered: Record<string, unknown> = {};
        for (const name of names) ordered[name] = row[name] ?? null;
        lines += `${rows++ === 0 ? "\n" : ",\n"}${JSON.stringify(ordered)}`;
      }
      await Promise.all([out.flush(), json.write(lines)]);
      await onRows(page.length);
    }
    out.zip.finish(rows);
    await json.write(rows === 0 ? "]}\n" : "\n]}\n");
    out.zip.begin(`${entity.name}.json`);
    const buffer = new Uint8Array(COPY_CHUNK);
    for (let position = 0; ;) {
      const { bytesRead } = await json.read(buffer, 0, COPY_CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      out.zip.push(buffer.slice(0, bytesRead));
      await out.flush();
    }
    out.zip.finish(rows);
    await out.flush();
    return rows;
  } finally {
    await json.close();
    await rm(scratchPath, { force: true });
  }
}

export async function writeExport(
  out: ZipFileWriter,
  entities: readonly ExportEntity[],
  scope: ExportScope,
  facts: ExportFacts,
  scratchPath: string,
  onRows: (n: number) => Promise<void>,
): Promise<WrittenExport> {
  const written: WrittenEntity[] = [];
  for (const entity of entities) {
    const rows = await writeEntity(out, entity, scope, facts, scratchPath, onRows);
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
