// README.md of a result package (A9): what each file holds and the columns of every table, so the
// controller can pass the package on to the data subject as it is. Names in it are the systems' own
// identifiers (letters, digits, "_", "-", "."), and system names on one line. English. Pure.
import type { TableFile } from "./build-package.ts";
import { PACKAGE_SCHEMA_VERSION } from "./build-package.ts";

type Facts = {
  reference: string;
  type: string;
  generatedAt: string;
  systems: { key: string; name: string; status: string; records: number | null }[];
  tables: TableFile[];
};

const STATUS_WORDS: Record<string, string> = {
  done: "answered with the data below",
  not_found: "holds no data about the subject",
  blocked: "did not export (a ground was recorded)",
  failed: "could not answer",
  cancelled: "was not asked (the request was cancelled)",
};

export function packageReadme(facts: Facts): string {
  const lines = [
    `# Data export ${facts.reference}`,
    "",
    `The personal data held about one data subject in the connected systems, exported for the ${facts.type} request ${facts.reference} on ${facts.generatedAt} (UTC). Schema version ${PACKAGE_SCHEMA_VERSION}.`,
    "",
    "## Files",
    "",
    "- `data.json`: everything in one JSON document: `request`, `generatedAt`, and `systems`, a list of the systems asked, each with `key`, `name`, `status` (`done`, `not_found`, `blocked`, `failed` or `cancelled`), `records`, `answeredAt` and `tables` (table name → list of rows; a row maps column names to a string, number, boolean or null).",
    "- `<system>/<table>.csv`: each table as CSV (RFC 4180, UTF-8 with a byte order mark, comma-separated, a header row). An empty cell is null. A cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe so spreadsheets do not run it as a formula.",
    "- `manifest.json`: the schema version, every file with its size in bytes, its SHA-256 and (for tables) its row count, and the systems with their tables.",
    "- `README.md`: this description.",
    "",
    "Compare a file's SHA-256 (e.g. `sha256sum data.json`) with the value in `manifest.json` to check it is unchanged.",
    "",
    "## Systems",
    "",
  ];
  for (const system of facts.systems) {
    const records = system.records === null ? "" : ` (${system.records} records)`;
    lines.push(`### ${system.name} (\`${system.key}\`)`, "");
    lines.push(`This system ${STATUS_WORDS[system.status] ?? system.status}${records}.`, "");
    const tables = facts.tables.filter((table) => table.system === system.key);
    for (const table of tables) {
      lines.push(
        `- \`${table.path}\`: table \`${table.table}\`, ${table.rows} rows; columns: ${table.columns.map((c) => `\`${c}\``).join(", ") || "none"}`,
      );
    }
    if (tables.length > 0) lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
