// GET /admin/dpa/export?status=…: the DPA acceptance table as CSV (admin.organizations.view), cells a
// spreadsheet would run as formulas defused, the export audited (lib/dpa/staff-csv.ts).
import { dpaAcceptanceCsv } from "@/lib/dpa/staff-csv";
import { dpaFilter } from "@/lib/dpa/staff-table";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute(
  { permission: "admin.organizations.view", errors: "text" },
  async (ctx, request) => {
    const filter = dpaFilter.parse(new URL(request.url).searchParams.get("status") ?? undefined);
    const body = await dpaAcceptanceCsv(ctx, filter);
    return attachmentResponse({
      body,
      contentType: "text/csv; charset=utf-8",
      fileName: `dpa-acceptance-${filter}.csv`,
    });
  },
);
