// The audit log export's CSV (issue 11): RFC 4180 quoting through csv-stringify, and nothing a
// spreadsheet would run as a formula.
import { describe, expect, it } from "vitest";
import { csvBatch, csvHead, jsonBatch, jsonHead, JSON_TAIL, spreadsheetCell } from "./log-file.ts";
import type { AuditLogEntry } from "./log-entry.ts";

const entry = (over: Partial<AuditLogEntry> = {}): AuditLogEntry => ({
  id: "ev1",
  seq: 1,
  createdAt: new Date("2026-11-23T10:00:00Z"),
  actorUserId: null,
  actorLabel: "jane@example.test",
  action: "org.member.removed",
  targetType: "Organization",
  targetId: "org1",
  ip: "198.51.100.7",
  userAgent: "Firefox",
  requestId: "r1",
  metadata: { note: 'say "hi", then\nleave' },
  prevHash: "0".repeat(64),
  hash: "a".repeat(64),
  event: "Member removed",
  target: { type: "Organization", id: "org1", kind: "Organisation", name: "Acme, Inc." },
  byProviderStaff: false,
  ...over,
});

describe("the audit log CSV", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with an apostrophe", (value) => {
    expect(spreadsheetCell(value)).toBe(`'${value}`);
  });

  it("leaves other text as it is", () => {
    expect(spreadsheetCell("jane@example.test")).toBe("jane@example.test");
    expect(spreadsheetCell("")).toBe("");
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and ends records with CRLF", () => {
    expect(csvHead()).toMatch(/^\uFEFFseq,time_utc,actor,/);
    const line = csvBatch([entry({ actorLabel: "=HYPERLINK(1)" })]);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line).toContain(`,'=HYPERLINK(1),`);
    expect(line).toContain(`,"Organisation: Acme, Inc.",`);
    expect(line).toContain(`"{""note"":""say \\""hi\\"", then\\nleave""}"`);
  });

  it("quotes a cell with a lone line feed, so a spreadsheet keeps the row whole", () => {
    const line = csvBatch([entry({ target: { type: "T", id: "t", kind: "Incident", name: "two\nlines" } })]);
    expect(line).toContain(`,"Incident: two\nlines",`);
    expect(line.split("\r\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("the audit log JSON", () => {
  it("is one document however it is cut into batches", () => {
    const text =
      jsonHead({ chain: "provider" }) +
      jsonBatch([entry({ seq: 2 })], true) +
      jsonBatch([entry()], false) +
      JSON_TAIL;
    const parsed = JSON.parse(text);
    expect(parsed.chain).toBe("provider");
    expect(parsed.events.map((e: { seq: number }) => e.seq)).toEqual([2, 1]);
    expect(JSON.parse(jsonHead({}) + JSON_TAIL)).toEqual({ events: [] });
  });
});
