// GET /portal/<org>/audit/export?format=csv|json&…: the organisation's own audit log under the page's
// filters as a file, streamed (org.audit.view; another organisation's is a bare 404; the export is
// audited in the organisation's chain before the first byte).
import { parseAuditLogQuery } from "@/lib/audit/log-filter";
import { exportOrganizationAuditLog } from "@/lib/audit/organization-log";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { defineRoute } from "@/lib/http/route";
import { PORTAL_AUDIT_MESSAGES } from "../messages";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string }>(
  { permission: "org.audit.view", errors: "text" },
  async (ctx, request, { org }) => {
    const { org: _chain, ...params } = Object.fromEntries(new URL(request.url).searchParams);
    const format = params.format;
    if (format !== "csv" && format !== "json")
      throw new AppError("invalid", PORTAL_AUDIT_MESSAGES.exportFormat);
    const { filter, problems } = parseAuditLogQuery(params, ctx.timeZone, ctx.locale);
    const problem = Object.values(problems)[0];
    if (problem) throw new AppError("invalid", { en: problem });
    const file = await exportOrganizationAuditLog(ctx, org, filter, format);
    return new Response(file.stream, {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": attachmentDisposition(file.fileName),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
