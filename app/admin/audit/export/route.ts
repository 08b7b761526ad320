// GET /admin/audit/export?format=csv|json&…: the audit log under the page's filters as a file, streamed
// (admin.audit.view; the export is audited before the first byte).
import { exportAuditLog } from "@/lib/audit/log-export";
import { auditExportQuery, auditExportResponse } from "@/lib/audit/log-export-request";
import { defineRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ permission: "admin.audit.view", errors: "text" }, async (ctx, request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  // The staff console is English.
  const { format, filter } = auditExportQuery(params, ctx.timeZone, "en");
  return auditExportResponse(await exportAuditLog(ctx, filter, format));
});
