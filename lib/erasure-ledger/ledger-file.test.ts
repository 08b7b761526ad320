// The erasure ledger's file (ADR 0034): entries round-trip; an unfinished last line (an append that never
// completed, whose erasure was rolled back) is left out; a damaged line in the middle is an error, not skipped;
// an entry that is not one is never written.
import { appendFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "./entry.ts";
import { appendLedgerEntry, LedgerError, readLedger } from "./ledger-file.ts";
import { entriesSince } from "./replay.ts";

const entry = (at: string, id: string): LedgerEntry => ({
  v: 1,
  id,
  kind: "dsr-erasure",
  at,
  organizationId: "org1",
  requestId: "req1",
  certificateId: "DSR-2026-0001",
  tasks: [
    {
      dataSystemId: "sys1",
      action: "ERASE",
      status: "done",
      records: 3,
      fields: ["email"],
      ground: null,
      blockedUntil: null,
      absent: null,
    },
  ],
});
const A = entry("2026-01-01T10:00:00.000Z", "7d4f2a3c-1b2e-4c5d-8e9f-0a1b2c3d4e5f");
const B = entry("2026-01-01T12:00:00.000Z", "8e5f3b4d-2c3f-4d6e-9fa0-1b2c3d4e5f60");

const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), "ledger-")), "sub", "ledger.jsonl");

describe("erasure ledger file", () => {
  it("appends entries that read back in order; a missing file is an empty ledger", () => {
    const file = fresh();
    expect(readLedger(file)).toEqual([]);
    appendLedgerEntry(A, file);
    appendLedgerEntry(B, file);
    expect(readLedger(file)).toEqual([A, B]);
  });

  it("leaves out an unfinished last line, refuses a damaged one in the middle", () => {
    const file = fresh();
    appendLedgerEntry(A, file);
    appendFileSync(file, JSON.stringify(B).slice(0, 40));
    expect(readLedger(file)).toEqual([A]);
    writeFileSync(file, `${JSON.stringify(A)}\n{"kind":"dsr-erasure"}\n${JSON.stringify(B)}\n`);
    expect(() => readLedger(file)).toThrow(LedgerError);
  });

  it("never writes what is not an entry, and fails loudly when it cannot write", () => {
    const file = fresh();
    expect(() =>
      appendLedgerEntry({ ...A, subject: "dora@example.test" } as unknown as LedgerEntry, file),
    ).toThrow();
    expect(readLedger(file)).toEqual([]);
    appendLedgerEntry(A, file);
    expect(() => appendLedgerEntry(B, path.dirname(file))).toThrow(LedgerError); // a directory
    expect(readLedger(file)).toEqual([A]);
  });

  it("replays from the backup's time less the margin, oldest first", () => {
    const backup = new Date("2026-01-01T12:05:00.000Z");
    expect(entriesSince([B, A], backup)).toEqual([B]);
    expect(entriesSince([B, A], new Date("2026-01-01T10:09:00.000Z"))).toEqual([A, B]);
  });
});
