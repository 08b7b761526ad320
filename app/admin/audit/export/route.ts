// GET /admin/audit/export?format=csv|json&…: the audit log under the page's filters as a file, streamed
// (admin.audit.view; the export is audited before the first byte).
import { exportAuditLog } from "@/lib/audit/log-export";
import { parseAuditLogQuery } from "@/lib/audit/log-filter";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { defineRoute } from "@/lib/http/route";
import { AUDIT_PAGE_MESSAGES } from "../messages";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ permission: "admin.audit.view", errors: "text" }, async (ctx, request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format;
  if (format !== "csv" && format !== "json") throw new AppError("invalid", AUDIT_PAGE_MESSAGES.exportFormat);
  const { filter, problems } = parseAuditLogQuery(params, ctx.timeZone);
  const problem = Object.values(problems)[0];
  if (problem) throw new AppError("invalid", { en: problem });
  const file = await exportAuditLog(ctx, filter, format);
  return new Response(file.stream, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
