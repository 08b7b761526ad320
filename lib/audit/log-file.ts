// The audit log export's file formats, a batch of events at a time (lib/audit/log-export.ts streams
// them): CSV for spreadsheets (RFC 4180 through csv-stringify, a UTF-8 byte order mark so spreadsheets
// read non-ASCII names, and every cell that a spreadsheet would run as a formula prefixed with an
// apostrophe), and JSON (one document: the export's facts, then the events). Pure.
import { stringify } from "csv-stringify/sync";
import type { AuditLogEntry } from "./log-entry.ts";
import { targetLine } from "./log-targets.ts";

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "time_utc",
  "actor",
  "actor_user_id",
  "event",
  "action",
  "target",
  "target_type",
  "target_id",
  "ip",
  "user_agent",
  "request_id",
  "metadata",
  "prev_hash",
  "hash",
] as const;

/** A cell a spreadsheet would run as a formula (= + - @, tab, carriage return) gets a leading apostrophe. */
export function spreadsheetCell(value: string): string {
  // By the first character's code (= + - @ tab CR): exports call this for millions of cells.
  const first = value.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13
    ? `'${value}`
    : value;
}

/** CRLF records; a cell holding a line break of either kind is quoted (by default csv-stringify quotes only
 * the record delimiter, so a lone line feed in a note would split the row in a spreadsheet). */
const CSV_OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ };

/**
 * A whole CSV file for a spreadsheet (the staff tables' exports): the byte order mark, the header row, one
 * record per row with its cells in the columns' order, every cell defused (`spreadsheetCell`).
 */
export function spreadsheetCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, string>[],
): string {
  const records = rows.map((row) => columns.map((column) => spreadsheetCell(row[column])));
  return `\uFEFF${stringify([[...columns], ...records], CSV_OPTIONS)}`;
}

function csvRecord(entry: AuditLogEntry): string[] {
  const cells: Record<(typeof AUDIT_CSV_COLUMNS)[number], string> = {
    seq: String(entry.seq),
    time_utc: entry.createdAt.toISOString(),
    actor: entry.actorLabel,
    actor_user_id: entry.actorUserId ?? "",
    event: entry.event,
    action: entry.action,
    target: targetLine(entry.target),
    target_type: entry.targetType ?? "",
    target_id: entry.targetId ?? "",
    ip: entry.ip ?? "",
    user_agent: entry.userAgent ?? "",
    request_id: entry.requestId ?? "",
    metadata: JSON.stringify(entry.metadata),
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
  return AUDIT_CSV_COLUMNS.map((column) => spreadsheetCell(cells[column]));
}

export function csvHead(): string {
  return `\uFEFF${stringify([[...AUDIT_CSV_COLUMNS]], CSV_OPTIONS)}`;
}

export function csvBatch(entries: readonly AuditLogEntry[]): string {
  return stringify(entries.map(csvRecord), CSV_OPTIONS);
}

function jsonEvent(entry: AuditLogEntry) {
  return {
    seq: entry.seq,
    id: entry.id,
    time: entry.createdAt.toISOString(),
    actor: {
      label: entry.actorLabel,
      userId: entry.actorUserId,
      ...(entry.byProviderStaff ? { providerStaff: true } : {}),
    },
    event: entry.event,
    action: entry.action,
    target: entry.target,
    ip: entry.ip,
    userAgent: entry.userAgent,
    requestId: entry.requestId,
    metadata: entry.metadata,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}

/** The JSON document up to its events array: `{"exportedAt":…, …, "events":[`. */
export function jsonHead(facts: Record<string, unknown>): string {
  const head = JSON.stringify(facts).slice(0, -1);
  return `${head}${head === "{" ? "" : ","}"events":[\n`;
}

/** A batch of the events array; `first` says whether an event was written before it. */
export function jsonBatch(entries: readonly AuditLogEntry[], first: boolean): string {
  return entries
    .map((entry, i) => `${first && i === 0 ? "" : ",\n"}${JSON.stringify(jsonEvent(entry))}`)
    .join("");
}

export const JSON_TAIL = "\n]}\n";
