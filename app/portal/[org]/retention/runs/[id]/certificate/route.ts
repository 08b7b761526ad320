// GET /portal/<org>/retention/runs/<evidenceId>/certificate?format=pdf|json: the signed certificate of a purge
// of the organisation's own records, the controller's copy. lib/retention authorises (org.retention.manage:
// OWNER, ADMIN; only the organisation's own runs that removed rows) and audits the download; anything the
// caller may not know is a bare 404 (S12).
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import {
  downloadOrganizationRetentionCertificate,
  isCertificateFormat,
} from "@/lib/retention/download-certificate";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string }>(
  { permission: "org.retention.manage", errors: "text" },
  async (ctx, request, { org, id }) => {
    const format = new URL(request.url).searchParams.get("format") ?? "pdf";
    if (!isCertificateFormat(format)) throw new AppError("not_found");
    return attachmentResponse(await downloadOrganizationRetentionCertificate(ctx, org, id, format));
  },
);
