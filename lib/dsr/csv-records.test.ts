import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-records.ts";

describe("reading CSV records (RFC 4180)", () => {
  it("reads plain records with their line numbers, CRLF or LF, and skips blank lines and a BOM", () => {
    expect(parseCsv("\uFEFFa,b\r\n1,2\n\n3,\n")).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["1", "2"] },
        { line: 4, cells: ["3", ""] },
      ],
    });
  });

  it("keeps quotes, commas and line breaks inside quoted fields; the next record's line counts them", () => {
    expect(parseCsv('a,"say ""hi"", then\nbye"\nnext,1')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["a", 'say "hi", then\nbye'] },
        { line: 3, cells: ["next", "1"] },
      ],
    });
  });

  it("an empty quoted field is a record; a lone comma too", () => {
    expect(parseCsv('""\n,')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: [""] },
        { line: 2, cells: ["", ""] },
      ],
    });
  });

  it("an unclosed quote names the line it opened on", () => {
    expect(parseCsv('a,b\n1,"open\n2')).toEqual({ ok: false, problem: "unclosed-quote", line: 2 });
  });
});
