// The access package's CSV files (A9): a cell with a line break of any kind is quoted, so a spreadsheet
// keeps it in its row (csv-stringify, which wrote them first, left a lone line feed bare); a column a row
// lacks is an empty cell; building the same input again gives the same bytes.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildPackage, type PackageInput } from "./build-package.ts";

const input: PackageInput = {
  reference: "DSR-2027-0001",
  type: "access",
  readyAt: new Date("2027-03-01T09:00:00Z"),
  systems: [
    {
      key: "product-database",
      name: "Product database",
      status: "done",
      records: 2,
      answeredAt: new Date("2027-03-01T08:59:00Z"),
      tables: {
        accounts: [
          { email: "anna@example.test", note: "first line\nsecond line", plan: "pro" },
          { email: "ben@example.test", note: "carriage\rreturn" },
        ],
      },
    },
  ],
};

describe("the package's CSV", () => {
  it("quotes every line break, leaves missing columns empty, and builds the same bytes again", () => {
    const built = buildPackage(input);
    const bytes = unzipSync(built.zip)["product-database/accounts.csv"]!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark
    expect(strFromU8(bytes.subarray(3))).toBe(
      "email,note,plan\r\n" +
        'anna@example.test,"first line\nsecond line",pro\r\n' +
        'ben@example.test,"carriage\rreturn",\r\n',
    );
    expect(built.tables).toEqual([
      {
        system: "product-database",
        table: "accounts",
        path: "product-database/accounts.csv",
        columns: ["email", "note", "plan"],
        rows: 2,
      },
    ]);
    expect(buildPackage(input).sha256).toBe(built.sha256);
  });
});
