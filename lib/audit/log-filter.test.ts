// The staff audit log's URL filters (issue 11): what is understood is kept, what is not is named and left
// out; the period's days are read in the reader's zone (not a URL parameter); links keep the filters.
import { describe, expect, it } from "vitest";
import { auditLogSearchParams, parseAuditLogQuery, periodBounds } from "./log-filter.ts";

describe("audit log filters from the URL", () => {
  it("reads every filter and the cursor", () => {
    expect(
      parseAuditLogQuery(
        {
          org: "cmorg0000000000000000001",
          event: "org.member.removed",
          actor: " Jane@Example.test ",
          from: "2026-11-01",
          to: "2026-11-30",
          before: "120",
        },
        "Europe/Berlin",
      ),
    ).toEqual({
      filter: {
        organizationId: "cmorg0000000000000000001",
        action: "org.member.removed",
        actor: "jane@example.test",
        from: "2026-11-01",
        to: "2026-11-30",
        timeZone: "Europe/Berlin",
      },
      cursor: { before: 120 },
      problems: {},
    });
    expect(parseAuditLogQuery({ after: "7" }, "UTC").cursor).toEqual({ after: 7 });
    expect(parseAuditLogQuery({}, "UTC").filter).toEqual({
      organizationId: null,
      action: null,
      actor: null,
      from: null,
      to: null,
      timeZone: "UTC",
    });
  });

  it("leaves out what it does not understand and says why", () => {
    const parsed = parseAuditLogQuery(
      {
        org: "x'; DROP",
        event: "auth.sign_in.succeded",
        tz: "Mars/Olympus",
        from: "2026-02-30",
        to: "0001-01-01",
        before: "-3",
      },
      "UTC",
    );
    expect(parsed.filter).toEqual({
      organizationId: null,
      action: null,
      actor: null,
      from: null,
      to: null,
      timeZone: "UTC",
    });
    expect(parsed.cursor).toBeNull();
    // A zone in the URL (the old ?tz=) is no filter: times are the reader's.
    expect(Object.keys(parsed.problems).sort()).toEqual(["event", "from", "org", "to"]);
    expect(parseAuditLogQuery({ from: "2026-11-10", to: "2026-11-09" }, "UTC").problems.to).toMatch(
      /ends before/,
    );
  });

  it("reads the period's days in the reader's zone, the last day inclusive", () => {
    const { filter } = parseAuditLogQuery({ from: "2026-03-29", to: "2026-03-29" }, "Europe/Berlin");
    // The day DST starts in Berlin is 23 hours long.
    expect(periodBounds(filter)).toEqual({
      gte: new Date("2026-03-28T23:00:00Z"),
      lt: new Date("2026-03-29T22:00:00Z"),
    });
    expect(periodBounds(parseAuditLogQuery({ to: "2026-11-23" }, "UTC").filter)).toEqual({
      lt: new Date("2026-11-24T00:00:00Z"),
    });
  });

  it("writes the filters back as URL parameters, without defaults", () => {
    const { filter } = parseAuditLogQuery(
      { event: "auth.sign_out", tz: "Europe/Berlin", from: "2026-11-01" },
      "Europe/Berlin",
    );
    expect(auditLogSearchParams(filter, { before: 9 }).toString()).toBe(
      "event=auth.sign_out&from=2026-11-01&before=9",
    );
  });
});
