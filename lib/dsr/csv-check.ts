// Checking a CSV file of requests before anything is stored: the header names known columns (the required
// ones present, none twice), the file is within the size and row limits, and every row parses with
// dsrRequestInput (./request-input.ts) and has a receipt that is not in the future. Every problem is
// reported with the line it is on and, where there is one, the column; a file with any problem is
// imported not at all (./csv-import.ts). Receipt times are ISO 8601 instants, or a date ("2026-03-05") or
// a date and time without a zone ("2026-03-05 14:30"), read in the organisation's time zone. Pure but for
// the clock the caller passes.
import type { Locale } from "../i18n/locale.ts";
import { zodParseOptions } from "../i18n/localized-schema.ts";
import { localize, type Text } from "../i18n/text.ts";
import type { Clock } from "../time/clock.ts";
import { parseCsv } from "./csv-records.ts";
import { DSR_CSV_MESSAGES as M, DSR_MESSAGES } from "./messages.ts";
import { receivedInFuture } from "./received.ts";
import { parseCorrectionLines, wallTimeAsInstant } from "./request-form.ts";
import { dsrRequestInputIn, type DsrRequestInput } from "./request-input.ts";

export const CSV_COLUMNS = [
  "type",
  "email",
  "external_id",
  "received_at",
  "instruction_reference",
  "note",
  "identity_verified",
  "corrections",
  "scope",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = ["type", "received_at", "identity_verified"];

export const MAX_CSV_BYTES = 512 * 1024;
export const MAX_CSV_ROWS = 500;

/** A problem in the reader's language, with the column it is in (null: the row as a whole). */
export type CsvProblem = { column: CsvColumn | null; message: string };
export type CsvRow = {
  line: number;
  /** The request as it would be filed; null when the row has problems. */
  request: DsrRequestInput | null;
  problems: CsvProblem[];
};
export type CsvCheck = {
  /** Problems of the file as a whole (size, header, rows count), in the reader's language; rows are not read then. */
  fileProblems: string[];
  rows: CsvRow[];
  /** Whether the file can be imported as it is: no file problem, no row problem, at least one row. */
  importable: boolean;
};

const YES = new Set(["yes", "y", "true", "1", "x", "ja", "j"]);

const FIELD_COLUMN: Record<string, CsvColumn> = {
  type: "type",
  receivedAt: "received_at",
  instructionReference: "instruction_reference",
  note: "note",
  identityVerified: "identity_verified",
  corrections: "corrections",
  scope: "scope",
};

function columnOf(path: readonly PropertyKey[]): CsvColumn | null {
  if (path[0] === "subject")
    return path[1] === "externalId" ? "external_id" : path[1] === "email" ? "email" : null;
  return FIELD_COLUMN[String(path[0])] ?? null;
}

/** A receipt cell as an ISO instant: a date alone is midnight, a time without zone is in `timeZone`. */
export function receiptInstant(cell: string, timeZone: string): string {
  const value = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return wallTimeAsInstant(`${value}T00:00`, timeZone);
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(value);
  if (local) return wallTimeAsInstant(`${local[1]}T${local[2]}`, timeZone);
  return value;
}

function rowObject(cells: Record<CsvColumn, string>, timeZone: string): unknown {
  const corrections = cells.corrections.trim();
  return {
    type: cells.type.trim().toUpperCase(),
    subject: { email: cells.email, externalId: cells.external_id },
    receivedAt: receiptInstant(cells.received_at, timeZone),
    instructionReference: cells.instruction_reference,
    note: cells.note,
    identityVerified: YES.has(cells.identity_verified.trim().toLowerCase()),
    corrections: corrections === "" ? undefined : parseCorrectionLines(corrections.replace(/;/g, "\n")),
    scope: cells.scope.trim() === "" ? undefined : cells.scope,
  };
}

function checkHeader(header: string[]): { columns: CsvColumn[]; problems: Text[] } {
  const names = header.map((name) => name.trim().toLowerCase());
  const problems: Text[] = [];
  const unknown = names.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) problems.push(M.unknownColumns(unknown));
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) problems.push(M.repeatedColumns([...new Set(twice)]));
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) problems.push(M.missingColumns(missing));
  if (!names.includes("email") && !names.includes("external_id")) problems.push(M.noIdentifierColumn);
  return { columns: names as CsvColumn[], problems };
}

type Options = { timeZone: string; clock: Clock; locale: Locale };

function checkRow(line: number, cells: string[], columns: CsvColumn[], options: Options): CsvRow {
  const t = (text: Text) => localize(text, options.locale);
  if (cells.length > columns.length)
    return {
      line,
      request: null,
      problems: [{ column: null, message: t(M.tooManyCells(cells.length, columns.length)) }],
    };
  const named = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ""])) as Record<CsvColumn, string>;
  columns.forEach((column, i) => (named[column] = cells[i] ?? ""));
  const parsed = dsrRequestInputIn(options.locale).safeParse(
    rowObject(named, options.timeZone),
    zodParseOptions(options.locale),
  );
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems = parsed.error.issues
      .map((issue) => ({ column: columnOf(issue.path), message: issue.message }))
      .filter((p) => !seen.has(`${p.column}|${p.message}`) && seen.add(`${p.column}|${p.message}`));
    return { line, request: null, problems };
  }
  if (receivedInFuture(parsed.data.receivedAt, options.clock))
    return {
      line,
      request: null,
      problems: [{ column: "received_at", message: t(DSR_MESSAGES.receivedInFuture) }],
    };
  return { line, request: parsed.data, problems: [] };
}

export function checkCsv(text: string, options: Options): CsvCheck {
  const t = (text: Text) => localize(text, options.locale);
  const refused = (problem: Text): CsvCheck => ({ fileProblems: [t(problem)], rows: [], importable: false });
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) return refused(M.tooLarge(MAX_CSV_BYTES));
  const parsed = parseCsv(text);
  if (!parsed.ok) return refused(M.unclosedQuote(parsed.line));
  const [header, ...records] = parsed.records;
  if (!header) return refused(M.empty);
  const { columns, problems } = checkHeader(header.cells);
  if (problems.length > 0) return { fileProblems: problems.map(t), rows: [], importable: false };
  if (records.length === 0) return refused(M.noRows);
  if (records.length > MAX_CSV_ROWS) return refused(M.tooManyRows(records.length, MAX_CSV_ROWS));
  const rows = records.map((record) => checkRow(record.line, record.cells, columns, options));
  return { fileProblems: [], rows, importable: rows.every((row) => row.problems.length === 0) };
}
