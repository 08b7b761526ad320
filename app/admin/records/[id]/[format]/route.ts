// GET /admin/records/<organizationId>/json|pdf?date=YYYY-MM-DD: one organisation's records of processing
// (admin.organizations.view), audited as a data access in the organisation's chain and the provider's.
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { downloadStaffRecords, isRecordsFormat } from "@/lib/records-of-processing/access";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ id: string; format: string }>(
  { permission: "admin.organizations.view", errors: "text" },
  async (ctx, request, { id, format }) => {
    if (!isRecordsFormat(format)) throw new AppError("not_found");
    const date = new URL(request.url).searchParams.get("date");
    return attachmentResponse(await downloadStaffRecords(ctx, id, format, date));
  },
);
