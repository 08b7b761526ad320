// The erasure ledger's file (ADR 0034): ERASURE_LEDGER_DIR/ledger.jsonl, one JSON entry per line, only ever
// appended. Each append is one write() of a whole line on a file opened O_APPEND, followed by fsync, so an
// entry is on disk before the transaction that performed the erasure commits (the caller appends inside it:
// a failed append rolls the erasure back, and an entry whose transaction then failed is harmless — replaying
// it performs an erasure that was due and is idempotent).
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync, existsSync } from "node:fs";
import path from "node:path";
import { env } from "../config/env.ts";
import { ledgerEntry, type LedgerEntry } from "./entry.ts";

export const LEDGER_FILE = "ledger.jsonl";

export function ledgerPath(dir = env().ERASURE_LEDGER_DIR): string {
  return path.resolve(dir, LEDGER_FILE);
}

export class LedgerError extends Error {
  override name = "LedgerError";
}

function fsyncDirectory(dir: string) {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Appends one entry and waits until it is on disk; throws (the erasure must not be reported) otherwise. */
export function appendLedgerEntry(entry: LedgerEntry, file = ledgerPath()): void {
  const line = `${JSON.stringify(ledgerEntry.parse(entry))}\n`;
  const dir = path.dirname(file);
  const created = !existsSync(file);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(file, "a", 0o600);
    try {
      const bytes = Buffer.from(line, "utf8");
      if (writeSync(fd, bytes) !== bytes.length) throw new Error("short write");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (created) fsyncDirectory(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerError(`The erasure ledger ${file} could not be written: ${reason}`);
  }
}

/**
 * Every entry, oldest first. A last line without its newline is an append that never finished (its
 * erasure was rolled back) and is left out; any other line that does not parse is an error.
 */
export function readLedger(file = ledgerPath()): LedgerEntry[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  lines.pop(); // "" after the last newline, or the unfinished last line
  return lines.map((line, index) => {
    const parsed = ledgerEntry.safeParse(safeJson(line));
    if (!parsed.success) throw new LedgerError(`${file}, line ${index + 1}: not a ledger entry`);
    return parsed.data;
  });
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
