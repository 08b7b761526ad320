// The staff matrix's GET filter: blanks are no filter, unknown or repeated values are named, never thrown.
import { describe, expect, it } from "vitest";
import { matrixFilterQuery, parseMatrixFilter } from "./matrix-filter.ts";

describe("parseMatrixFilter", () => {
  it("reads change, state and name; blanks are no filter", () => {
    expect(parseMatrixFilter({ change: "", state: "", q: "  " })).toEqual({ ok: true, filter: {} });
    expect(parseMatrixFilter(new URLSearchParams("change=cm123&state=deemed_accepted&q=%20Acme%20"))).toEqual(
      { ok: true, filter: { change: "cm123", state: "deemed_accepted", q: "Acme" } },
    );
  });

  it("names each unusable parameter", () => {
    expect(parseMatrixFilter({ state: "lost" })).toEqual({ ok: false, invalid: ["state"] });
    expect(parseMatrixFilter({ state: ["objected", "refused"], q: "x".repeat(101) })).toEqual({
      ok: false,
      invalid: ["state", "q"],
    });
    expect(parseMatrixFilter(new URLSearchParams("change=a%27%3B--&change=b"))).toEqual({
      ok: false,
      invalid: ["change"],
    });
    expect(parseMatrixFilter({ change: "../etc" })).toEqual({ ok: false, invalid: ["change"] });
  });

  it("gives the query string that reproduces a filter", () => {
    expect(matrixFilterQuery({})).toBe("");
    expect(matrixFilterQuery({ change: "c1", state: "bounced", q: "A&B" })).toBe(
      "?change=c1&state=bounced&q=A%26B",
    );
  });
});
