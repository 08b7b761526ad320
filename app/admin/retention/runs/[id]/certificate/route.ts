// GET /admin/retention/runs/<evidenceId>/certificate?format=pdf|json: the signed certificate of one purge
// run's evidence, the provider's copy (with the rows a legal hold kept). lib/retention authorises
// (retention.manage: PRIVACY, ADMIN) and audits the download.
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { downloadStaffRetentionCertificate, isCertificateFormat } from "@/lib/retention/download-certificate";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ id: string }>(
  { permission: "retention.manage", errors: "text" },
  async (ctx, request, { id }) => {
    const format = new URL(request.url).searchParams.get("format") ?? "pdf";
    if (!isCertificateFormat(format)) throw new AppError("not_found");
    return attachmentResponse(await downloadStaffRetentionCertificate(ctx, id, format));
  },
);
