// The connector protocol's result schema (docs/connectors/protocol.md): an answer that does not parse is a
// failed attempt; sizes are bounded; unknown fields are refused.
import { describe, expect, it } from "vitest";
import { resultMismatch } from "./apply-result.ts";
import { parseTaskResult, RESULT_LIMITS } from "./protocol.ts";

describe("task results", () => {
  it("accepts the documented shapes", () => {
    expect(parseTaskResult(JSON.stringify({ status: "done", records: 3, fields: ["email"] })).ok).toBe(true);
    expect(parseTaskResult(JSON.stringify({ status: "not_found" })).ok).toBe(true);
    expect(
      parseTaskResult(
        JSON.stringify({
          status: "blocked",
          ground: "Retention (HGB § 257)",
          blockedUntil: "2036-12-31T00:00:00Z",
        }),
      ).ok,
    ).toBe(true);
    expect(
      parseTaskResult(
        JSON.stringify({
          status: "done",
          data: { tables: { accounts: [{ a: 1, b: null, c: "x", d: true }] } },
        }),
      ).ok,
    ).toBe(true);
  });

  it.each([
    ["not JSON", "{"],
    ["an unknown status", JSON.stringify({ status: "ok" })],
    ["an unknown field", JSON.stringify({ status: "done", extra: 1 })],
    ["blocked without a ground", JSON.stringify({ status: "blocked" })],
    ["a table name that is a path", JSON.stringify({ status: "done", data: { tables: { "../x": [] } } })],
    ["a nested cell", JSON.stringify({ status: "done", data: { tables: { t: [{ a: { b: 1 } }] } } })],
    ["negative records", JSON.stringify({ status: "done", records: -1 })],
    [
      "too many rows",
      JSON.stringify({
        status: "done",
        data: { tables: { t: Array.from({ length: RESULT_LIMITS.rowsPerTable + 1 }, () => ({})) } },
      }),
    ],
    ["too large a body", JSON.stringify({ status: "done", error: "x".repeat(RESULT_LIMITS.bodyBytes) })],
  ])("refuses %s", (_name, body) => {
    expect(parseTaskResult(body).ok).toBe(false);
  });

  it("A17: an absence check that is done says whether the subject is absent; data only in exports", () => {
    expect(resultMismatch("ABSENCE_CHECK", { status: "done" })).not.toBeNull();
    expect(resultMismatch("ABSENCE_CHECK", { status: "done", absent: true })).toBeNull();
    expect(resultMismatch("ERASE", { status: "done", data: { tables: {} } })).not.toBeNull();
    expect(resultMismatch("ERASE", { status: "done", absent: true })).not.toBeNull();
  });
});
