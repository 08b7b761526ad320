// GET /portal/<org>/audit/export?format=csv|json&…: the organisation's own audit log under the page's
// filters as a file, streamed (org.audit.view; another organisation's is a bare 404; the export is
// audited in the organisation's chain before the first byte).
import { auditExportQuery, auditExportResponse } from "@/lib/audit/log-export-request";
import { exportOrganizationAuditLog } from "@/lib/audit/organization-log";
import { defineRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string }>(
  { permission: "org.audit.view", errors: "text" },
  async (ctx, request, { org }) => {
    // The chain is the organisation's, never a parameter.
    const { org: _chain, ...params } = Object.fromEntries(new URL(request.url).searchParams);
    const { format, filter } = auditExportQuery(params, ctx.timeZone, ctx.locale);
    return auditExportResponse(await exportOrganizationAuditLog(ctx, org, filter, format));
  },
);
