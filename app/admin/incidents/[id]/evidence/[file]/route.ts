// GET /admin/incidents/<incidentId>/evidence/<organizationId>.json|.pdf: staff (breach.view) download
// any affected organisation's evidence pack (B8), audited in the provider's and the organisation's chain.
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { downloadEvidenceAsStaff, isEvidenceFormat } from "@/lib/incidents/evidence/download";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ id: string; file: string }>(
  { permission: "breach.view", errors: "text" },
  async (ctx, _request, { id, file }) => {
    const [, organizationId, format] = /^([a-z0-9]{1,64})\.(json|pdf)$/i.exec(file) ?? [];
    if (!organizationId || !format || !isEvidenceFormat(format)) throw new AppError("not_found");
    return attachmentResponse(await downloadEvidenceAsStaff(ctx, id, organizationId, format));
  },
);
