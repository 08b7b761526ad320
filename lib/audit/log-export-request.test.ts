// The audit log export's query (both export routes): the format and the page's filters; a format or a
// filter it does not understand refuses the export in the reader's language, rather than exporting more
// than was asked for.
import { describe, expect, it } from "vitest";
import { auditExportQuery } from "./log-export-request.ts";

describe("the audit log export's query", () => {
  it("reads the format and the page's filters, the days in the reader's zone", () => {
    expect(
      auditExportQuery(
        { format: "json", event: "audit.log.exported", from: "2027-01-01", to: "2027-01-31" },
        "America/New_York",
        "de",
      ),
    ).toEqual({
      format: "json",
      filter: {
        organizationId: null,
        action: "audit.log.exported",
        actor: null,
        from: "2027-01-01",
        to: "2027-01-31",
        timeZone: "America/New_York",
      },
    });
  });

  it("refuses a missing or other format, and a filter the page would leave out, in the reader's language", () => {
    for (const format of [undefined, "xlsx", ["csv", "json"]])
      expect(() => auditExportQuery({ format }, "UTC", "en")).toThrow(
        expect.objectContaining({ code: "invalid", text: { en: "Choose the format: csv or json." } }),
      );
    expect(() => auditExportQuery({ format: "pdf" }, "UTC", "de")).toThrow(
      expect.objectContaining({ code: "invalid", text: { en: "Wählen Sie das Format: csv oder json." } }),
    );
    expect(() => auditExportQuery({ format: "csv", from: "2027-02-30" }, "UTC", "de")).toThrow(
      expect.objectContaining({
        code: "invalid",
        text: { en: expect.stringMatching(/^Das Datum ist kein Tag/) },
      }),
    );
    expect(() => auditExportQuery({ format: "csv", event: "no.such.event" }, "UTC", "en")).toThrow(
      expect.objectContaining({ code: "invalid" }),
    );
  });
});
