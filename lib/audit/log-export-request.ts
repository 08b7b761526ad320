import "server-only";
// An audit log's export as a route handler reads and answers it (the staff console's and the portal's):
// the format and the page's filters from the query string, read by the page's own parser, and the file
// streamed as an attachment that is never cached or sniffed. A filter the page would leave out refuses
// the export instead (a file must hold what was asked for), worded in the reader's language.
import { attachmentDisposition } from "../http/content-disposition.ts";
import { AppError } from "../errors.ts";
import type { Locale } from "../i18n/locale.ts";
import { localize } from "../i18n/text.ts";
import type { AuditExportFile, AuditExportFormat } from "./log-export.ts";
import { parseAuditLogQuery, type AuditLogFilter, type AuditLogParams } from "./log-filter.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";

/** The export's format and filters, the days read in `timeZone`; `invalid` for a format or filter not understood. */
export function auditExportQuery(
  params: AuditLogParams,
  timeZone: string,
  locale: Locale,
): { format: AuditExportFormat; filter: AuditLogFilter } {
  const format = params.format;
  if (format !== "csv" && format !== "json")
    throw new AppError("invalid", { en: localize(AUDIT_LOG_MESSAGES.exportFormat, locale) });
  const { filter, problems } = parseAuditLogQuery(params, timeZone, locale);
  const problem = Object.values(problems)[0];
  if (problem) throw new AppError("invalid", { en: problem });
  return { format, filter };
}

export function auditExportResponse(file: AuditExportFile): Response {
  return new Response(file.stream, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
