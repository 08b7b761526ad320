import { describe, expect, it } from "vitest";
import { fixedClock } from "../time/clock.ts";
import { checkCsv, MAX_CSV_BYTES, MAX_CSV_ROWS, receiptInstant } from "./csv-check.ts";
import { DSR_INPUT_MESSAGES as M } from "./messages.ts";

const clock = fixedClock("2026-03-06T09:00:00Z");
const check = (text: string, timeZone = "Europe/Berlin", locale: "en" | "de" = "en") =>
  checkCsv(text, { timeZone, clock, locale });
const HEADER =
  "type,email,external_id,received_at,instruction_reference,note,identity_verified,corrections,scope";

describe("checking a CSV file of requests", () => {
  it("reads every row into the same input the form files; types and yes are case-insensitive", () => {
    const result = check(
      [
        HEADER,
        "access,anna@example.test,,2026-03-05T10:00:00Z,T-1,,yes,,",
        'RECTIFICATION,,cust-7,2026-03-05,T-2,"Two\nlines",JA,"last_name: Schmidt; city: Köln",',
        "objection,ben@example.test,,2026-03-05 14:30,,,true,,Marketing emails",
      ].join("\r\n"),
    );
    expect(result.fileProblems).toEqual([]);
    expect(result.importable).toBe(true);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(result.rows[0]!.request).toMatchObject({
      type: "ACCESS",
      subject: { email: "anna@example.test" },
    });
    expect(result.rows[1]!.request).toMatchObject({
      type: "RECTIFICATION",
      subject: { externalId: "cust-7" },
      receivedAt: new Date("2026-03-04T23:00:00Z"),
      note: "Two\nlines",
      corrections: { last_name: "Schmidt", city: "Köln" },
    });
    expect(result.rows[2]!.request).toMatchObject({
      type: "OBJECTION",
      receivedAt: new Date("2026-03-05T13:30:00Z"),
      scope: "Marketing emails",
    });
  });

  it("A1 a receipt without a zone is read in the organisation's zone", () => {
    expect(receiptInstant("2026-03-05 23:30", "Europe/Berlin")).toBe("2026-03-05T22:30:00.000Z");
    expect(receiptInstant("2026-03-05", "UTC")).toBe("2026-03-05T00:00:00.000Z");
    expect(receiptInstant("2026-03-05T10:00:00+02:00", "UTC")).toBe("2026-03-05T10:00:00+02:00");
  });

  it("reports each row's problems with its line and column; one bad row makes the file not importable", () => {
    const result = check(
      [
        HEADER,
        "access,anna@example.test,,2026-03-05T10:00:00Z,,,yes,,",
        "access,,,2026-03-05T10:00:00Z,,,no,,",
        "erasure,not-an-email,,yesterday,,,yes,,",
        "access,c@example.test,,2026-03-07T10:00:00Z,,,yes,,",
        "access,d@example.test,,2026-03-05T10:00:00Z,,,yes,,,extra",
      ].join("\n"),
    );
    expect(result.importable).toBe(false);
    expect(result.rows[0]!.problems).toEqual([]);
    expect(result.rows[1]).toMatchObject({ line: 3, request: null });
    expect(result.rows[1]!.problems.map((p) => [p.column, p.message])).toEqual([
      [null, M.subjectMissing.en],
      ["identity_verified", M.attestation.en],
    ]);
    expect(result.rows[2]!.problems.map((p) => p.column)).toEqual(["email", "received_at"]);
    expect(result.rows[3]!.problems.map((p) => p.column)).toEqual(["received_at"]);
    expect(result.rows[4]!.problems[0]!.message).toMatch(/10 cells/);
  });

  it("words every problem in the reader's language", () => {
    const result = check(
      [HEADER, "access,,,2026-03-05T10:00:00Z,,,nein,,", "access,a@example.test,,x,,,,,,,"].join("\n"),
      "UTC",
      "de",
    );
    expect(result.rows[0]!.problems.map((p) => p.message)).toEqual([M.subjectMissing.de, M.attestation.de]);
    expect(result.rows[1]!.problems[0]!.message).toMatch(/Zellen/);
    expect(check("", "UTC", "de").fileProblems[0]).toMatch(/leer/);
  });

  it("refuses unknown, repeated and missing columns in the header", () => {
    expect(check("type,mail,received_at,identity_verified,type\nx").fileProblems).toEqual([
      "Line 1: unknown column(s): mail. Use the template's column names.",
      "Line 1: column(s) named twice: type.",
      "Line 1: the file needs an email or an external_id column to name the subjects.",
    ]);
    expect(check("email,received_at\n").fileProblems[0]!).toMatch(/missing: type, identity_verified/);
  });

  it("refuses an empty file, a header alone, too many rows, too many bytes, an unclosed quote", () => {
    expect(check("").fileProblems[0]!).toMatch(/empty/);
    expect(check(`${HEADER}\n`).fileProblems[0]!).toMatch(/no requests/);
    const row = "access,a@example.test,,2026-03-05T10:00:00Z,,,yes,,";
    const many = [HEADER, ...Array.from({ length: MAX_CSV_ROWS + 1 }, () => row)].join("\n");
    expect(check(many).fileProblems[0]!).toMatch(/at most 500/);
    expect(check("x".repeat(MAX_CSV_BYTES + 1)).fileProblems[0]!).toMatch(/larger than/);
    expect(check(`${HEADER}\n"open`).fileProblems[0]!).toMatch(/line 2/);
  });
});
