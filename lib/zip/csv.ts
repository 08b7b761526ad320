// CSV as the exports write it (the DSR result package, the organisation export): RFC 4180, CRLF line
// ends, a UTF-8 byte order mark so spreadsheets read non-ASCII text, an empty cell for null, lists and
// objects as JSON, and every cell a spreadsheet would run as a formula prefixed with an apostrophe
// (lib/audit/log-file.ts spreadsheetCell). A cell is quoted when it holds a comma, a quote, a carriage
// return or a line feed (quotes doubled; csv-stringify by default leaves a lone line feed unquoted, which
// splits the row in a spreadsheet); written by hand because exports write millions of cells. Pure.
import { spreadsheetCell } from "../audit/log-file.ts";

export type CsvValue = string | number | boolean | null | undefined | Date | readonly unknown[] | object;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 writes it. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvValue): string {
  if (typeof value === "string") return spreadsheetCell(value);
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return spreadsheetCell(JSON.stringify(value));
  return spreadsheetCell(String(value));
}

/** The byte order mark and the header line. */
export function csvHeader(columns: readonly string[]): string {
  return `\uFEFF${columns.map(csvField).join(",")}\r\n`;
}

/** Rows (objects keyed by column) as CSV lines, without a header. */
export function csvLines(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  let out = "";
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += ",";
      line += csvField(csvCell(row[columns[i]!]));
    }
    out += `${line}\r\n`;
  }
  return out;
}
