// GET /admin/trust/subprocessors/notices/csv?change=&state=&q=: the staff notice matrix as CSV
// (trust.subprocessors.manage, like the page), the same filter, formula cells defused, the export audited
// (lib/subprocessor-notices/matrix-csv.ts). An unusable filter is a 400 that names it.
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { noticeMatrixCsv } from "@/lib/subprocessor-notices/matrix-csv";
import { parseMatrixFilter } from "@/lib/subprocessor-notices/matrix-filter";
import { SUBPROCESSOR_NOTICE_ERRORS } from "@/lib/subprocessor-notices/messages";

export const dynamic = "force-dynamic";

export const GET = defineRoute(
  { permission: "trust.subprocessors.manage", errors: "text" },
  async (ctx, request) => {
    const parsed = parseMatrixFilter(new URL(request.url).searchParams);
    if (!parsed.ok)
      throw new AppError("invalid", SUBPROCESSOR_NOTICE_ERRORS.matrixFilterInvalid(parsed.invalid));
    const csv = await noticeMatrixCsv(ctx, parsed.filter);
    return attachmentResponse({
      body: csv.body,
      contentType: "text/csv; charset=utf-8",
      fileName: parsed.filter.change
        ? `subprocessor-notices-${parsed.filter.change}.csv`
        : "subprocessor-notices.csv",
    });
  },
);
