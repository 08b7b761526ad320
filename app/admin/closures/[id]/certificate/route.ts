// GET /admin/closures/<closureId>/certificate?format=json|pdf: the signed deletion certificate of a completed
// account closure, kept for staff after the organisation is gone. lib/account-closure authorises
// (admin.organizations.view) and audits the download.
import { isCertificateFormat, downloadDeletionCertificate } from "@/lib/account-closure/download-certificate";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ id: string }>(
  { permission: "admin.organizations.view", errors: "text" },
  async (ctx, request, { id }) => {
    const format = new URL(request.url).searchParams.get("format") ?? "pdf";
    if (!isCertificateFormat(format)) throw new AppError("not_found");
    return attachmentResponse(await downloadDeletionCertificate(ctx, id, format));
  },
);
