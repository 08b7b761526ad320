// GET /portal/<org>/records/json|pdf?date=YYYY-MM-DD: the organisation's records of processing as a file.
// lib/records-of-processing authorises (org.records.view, own organisation only) and audits the download
// as a data access; anything the caller may not know is a bare 404 (S12).
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { downloadOrganizationRecords, isRecordsFormat } from "@/lib/records-of-processing/access";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; format: string }>(
  { permission: "org.view", errors: "text" },
  async (ctx, request, { org, format }) => {
    if (!isRecordsFormat(format)) throw new AppError("not_found");
    const date = new URL(request.url).searchParams.get("date");
    return attachmentResponse(await downloadOrganizationRecords(ctx, org, format, date));
  },
);
