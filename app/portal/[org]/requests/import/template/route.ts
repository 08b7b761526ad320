// The CSV template for importing requests: the columns and two example rows, for a member who may import
// (org.dsr.manage; another organisation's slug answers 404). Cells a spreadsheet would run as a formula
// are neutralised like every CSV the product writes.
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS } from "@/lib/dsr/csv-check";
import { dsrOrganization } from "@/lib/dsr/organization";
import { spreadsheetCell } from "@/lib/audit/log-file";
import { defineRoute } from "@/lib/http/route";

const EXAMPLES: Record<(typeof CSV_COLUMNS)[number], string>[] = [
  {
    type: "ACCESS",
    email: "anna@example.com",
    external_id: "",
    received_at: "2026-03-05T10:00:00Z",
    instruction_reference: "TICKET-1",
    note: "",
    identity_verified: "yes",
    corrections: "",
    scope: "",
  },
  {
    type: "RECTIFICATION",
    email: "",
    external_id: "customer-4711",
    received_at: "2026-03-05 14:30",
    instruction_reference: "TICKET-2",
    note: "",
    identity_verified: "yes",
    corrections: "last_name: Schmidt; city: Köln",
    scope: "",
  },
];

export const GET = defineRoute<{ org: string }>(
  { permission: "org.dsr.manage" },
  async (ctx, _request, params) => {
    await dsrOrganization(ctx, params.org, "org.dsr.manage");
    const rows = [
      [...CSV_COLUMNS],
      ...EXAMPLES.map((row) => CSV_COLUMNS.map((column) => spreadsheetCell(row[column]))),
    ];
    const body = `\uFEFF${stringify(rows, { record_delimiter: "\r\n" })}`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="data-subject-requests-template.csv"',
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
