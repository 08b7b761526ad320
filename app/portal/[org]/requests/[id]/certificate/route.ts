// GET /portal/<org>/requests/<requestId>/certificate?format=pdf|json: the certificate of an erasure,
// rectification, restriction or objection request (A11, A14, A17). lib/dsr/results authorises
// (org.dsr.view, the request's own organisation) and audits the download; anything the caller may not
// know is a bare 404 (S12).
import { AppError } from "@/lib/errors";
import { downloadCertificate, isCertificateFormat } from "@/lib/dsr/results/download-certificate";
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string }>(
  { permission: "org.dsr.view", errors: "text" },
  async (ctx, request, { org, id }) => {
    const format = new URL(request.url).searchParams.get("format") ?? "pdf";
    if (!isCertificateFormat(format)) throw new AppError("not_found");
    const file = await downloadCertificate(ctx, org, id, format);
    const response = attachmentResponse(file);
    response.headers.set("X-Certificate-Provisional", file.provisional ? "true" : "false");
    return response;
  },
);
