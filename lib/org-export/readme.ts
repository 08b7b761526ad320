// README.md of the organisation export: what the archive is, the file formats, and for every entity of
// the registry what it holds, its files, rows and columns. English. Pure.
import type { ExportEntity } from "./entity.ts";
import { toSingleLine } from "../text/single-line.ts";
import { EXPORT_SCHEMA_VERSION, type ExportFacts, type WrittenEntity } from "./facts.ts";

export function exportReadme(
  facts: ExportFacts,
  entities: readonly ExportEntity[],
  written: readonly WrittenEntity[],
): string {
  const rowsOf = new Map(written.map((w) => [w.name, w.rows]));
  const lines = [
    `# Export of ${toSingleLine(facts.organization.name)}`,
    "",
    `Everything Article28 holds for the organisation \`${facts.organization.slug}\` (id \`${facts.organization.id}\`), exported on ${facts.generatedAt.toISOString()} (UTC) as one consistent snapshot. Export \`${facts.exportId}\`, schema version ${EXPORT_SCHEMA_VERSION}.`,
    "",
    "## Files",
    "",
    "- `<entity>.csv`: one entity as CSV (RFC 4180, UTF-8 with a byte order mark, comma-separated, CRLF line ends, a header row). An empty cell is null; a list or object is written as JSON; times are ISO 8601 in UTC. A cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe so spreadsheets do not run it as a formula.",
    "- `<entity>.json`: the same rows as one JSON document: `schemaVersion`, `entity`, `organization`, `generatedAt`, `columns` and `rows` (a list of objects with the columns as keys; lists and objects as JSON values, times as ISO 8601 strings, null for empty).",
    "- `manifest.json`: every file with its size in bytes, its SHA-256 and (for CSV files) its row count, and every entity with its files and rows.",
    "- `README.md`: this description.",
    "",
    "Compare a file's SHA-256 (e.g. `sha256sum members.csv`) with the value in `manifest.json` to check it is unchanged. Ids are Article28's own; a column ending in `_id` names a row of another file (e.g. `request_id` is `dsr-requests.id`).",
    "",
    "Never included: passwords, second factors, invitation and sign-in tokens, API keys and their hashes, webhook and connection secrets, the data a connected system returned for a data subject (that is in each request's own package while its link lives), and other organisations' records. The provider's staff appear as the provider's staff.",
    "",
    "## Entities",
    "",
  ];
  for (const entity of entities) {
    lines.push(`### ${entity.title} (\`${entity.name}.csv\`, \`${entity.name}.json\`)`, "");
    lines.push(`${entity.about} ${rowsOf.get(entity.name) ?? 0} rows.`, "");
    for (const column of entity.columns) lines.push(`- \`${column.name}\`: ${column.about}`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
