// GET /admin/dpa/negotiated/<id>: a negotiated DPA's signed PDF for staff who see organisations; audited.
import { downloadStaffNegotiatedDpa } from "@/lib/dpa/negotiated";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ id: string }>(
  { permission: "admin.organizations.view", errors: "text" },
  async (ctx, _request, { id }) => {
    const file = await downloadStaffNegotiatedDpa(ctx, id);
    return attachmentResponse({ bytes: file.bytes, fileName: file.fileName, contentType: "application/pdf" });
  },
);
