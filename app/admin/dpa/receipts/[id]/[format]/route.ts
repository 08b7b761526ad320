// GET /admin/dpa/receipts/<acceptanceId>/pdf|json: any organisation's DPA acceptance receipt for staff who see
// organisations (admin.organizations.view); audited in lib/dpa.
import { downloadStaffDpaReceipt, isReceiptFormat } from "@/lib/dpa/download-receipt";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ id: string; format: string }>(
  { permission: "admin.organizations.view", errors: "text" },
  async (ctx, _request, { id, format }) => {
    if (!isReceiptFormat(format)) throw new AppError("not_found");
    return attachmentResponse(await downloadStaffDpaReceipt(ctx, id, format));
  },
);
