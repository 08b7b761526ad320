// GET /portal/<org>/dpa/negotiated/<id>: the organisation's individually negotiated DPA (the signed PDF staff
// attached). Every member may download it; another organisation's is a bare 404 (S12). Audited in lib/dpa.
import { downloadOrganizationNegotiatedDpa } from "@/lib/dpa/negotiated";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string }>(
  { permission: "org.view", errors: "text" },
  async (ctx, _request, { org, id }) => {
    const file = await downloadOrganizationNegotiatedDpa(ctx, org, id);
    return attachmentResponse({ bytes: file.bytes, fileName: file.fileName, contentType: "application/pdf" });
  },
);
