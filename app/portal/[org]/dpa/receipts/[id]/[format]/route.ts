// GET /portal/<org>/dpa/receipts/<acceptanceId>/pdf|json: the signed receipt of one of the organisation's DPA
// acceptances. lib/dpa authorises (org.dpa.view or a named signatory; only the organisation's own
// acceptances) and audits the download; anything the caller may not know is a bare 404 (S12).
import { isReceiptFormat, downloadOrganizationDpaReceipt } from "@/lib/dpa/download-receipt";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string; format: string }>(
  { permission: "org.view", errors: "text" },
  async (ctx, _request, { org, id, format }) => {
    if (!isReceiptFormat(format)) throw new AppError("not_found");
    return attachmentResponse(await downloadOrganizationDpaReceipt(ctx, org, id, format));
  },
);
