// CSV as the exports write it (the DSR result package, the organisation export): RFC 4180 through
// csv-stringify, CRLF line ends, a UTF-8 byte order mark so spreadsheets read non-ASCII text, an empty
// cell for null, lists and objects as JSON, and every cell a spreadsheet would run as a formula prefixed
// with an apostrophe (lib/audit/log-file.ts spreadsheetCell). Pure.
import { stringify } from "csv-stringify/sync";
import { spreadsheetCell } from "../audit/log-file.ts";

export type CsvValue = string | number | boolean | null | undefined | Date | readonly unknown[] | object;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return spreadsheetCell(JSON.stringify(value));
  return spreadsheetCell(String(value));
}

/** The byte order mark and the header line. */
export function csvHeader(columns: readonly string[]): string {
  return `\uFEFF${stringify([[...columns]], { record_delimiter: "\r\n" })}`;
}

/** Rows (objects keyed by column) as CSV lines, without a header. */
export function csvLines(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => columns.map((column) => csvCell(row[column]))),
    { record_delimiter: "\r\n" },
  );
}
