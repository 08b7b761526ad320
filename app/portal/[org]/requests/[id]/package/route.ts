// GET /portal/<org>/requests/<requestId>/package: the access/portability package (A9) as one ZIP.
// lib/dsr/results authorises (org.dsr.view, the request's own organisation), logs and audits the download;
// a request the caller may not know is a bare 404 (S12).
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { downloadPackage } from "@/lib/dsr/results/download-package";
import { defineRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string }>(
  { permission: "org.dsr.view", errors: "text" },
  async (ctx, _request, { org, id }) => attachmentResponse(await downloadPackage(ctx, org, id)),
);
