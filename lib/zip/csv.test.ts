// The hand-written CSV writer writes what csv-stringify writes when told to quote every line break (by
// default it quotes only a whole CRLF, so a lone LF would split a row in a spreadsheet), for cells with
// commas, quotes, line breaks, formulas and non-ASCII text.
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvHeader, csvLines } from "./csv.ts";

const reference = (columns: string[], rows: Record<string, string | number | boolean | null>[]) =>
  `\uFEFF${stringify([columns, ...rows.map((row) => columns.map((c) => csvCell(row[c])))], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ })}`;

describe("csv", () => {
  it("writes what csv-stringify writes", () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom("a,b", 'say "hi"', "line\nbreak", "cr\rhere", "=1+1", "-3", "@x", "\tx", "Grüße", ""),
    );
    const cell = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom("a", "b", "c,d"), cell), { maxLength: 5 }),
        (rows) => {
          const columns = ["a", "b", "c,d"];
          expect(`${csvHeader(columns)}${csvLines(columns, rows)}`).toBe(reference(columns, rows));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("prefixes formulas, writes null as empty and lists as JSON", () => {
    expect(csvLines(["x", "y", "z"], [{ x: "=SUM(A1)", y: null, z: ["a", "b"] }])).toBe(
      `'=SUM(A1),,"[""a"",""b""]"\r\n`,
    );
  });
});
