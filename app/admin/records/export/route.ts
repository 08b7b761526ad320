// GET /admin/records/export?date=YYYY-MM-DD: every organisation's records of processing in one ZIP (one
// JSON per organisation, index.csv), streamed; admin.organizations.view; audited before the first byte.
import { defineRoute } from "@/lib/http/route";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { exportAllRecords } from "@/lib/records-of-processing/export-all";

export const dynamic = "force-dynamic";

export const GET = defineRoute(
  { permission: "admin.organizations.view", errors: "text" },
  async (ctx, request) => {
    const date = new URL(request.url).searchParams.get("date");
    const file = await exportAllRecords(ctx, date);
    return new Response(file.stream, {
      status: 200,
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": attachmentDisposition(file.fileName),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
