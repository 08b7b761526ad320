// GET /portal/<org>/export/<exportId>/download: the organisation's export as one ZIP, streamed from disk.
// lib/org-export authorises (org.export.manage, the export's own organisation), counts and audits the
// download in both chains before the first byte; an export the caller may not know is a bare 404 (S12).
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { defineRoute } from "@/lib/http/route";
import { downloadOrganizationExport } from "@/lib/org-export/download-export";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string }>(
  { permission: "org.export.manage", errors: "text" },
  async (ctx, _request, { org, id }) => {
    const file = await downloadOrganizationExport(ctx, org, id);
    return new Response(file.stream, {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": attachmentDisposition(file.fileName),
        "Content-Length": String(file.bytes),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Content-SHA256": file.sha256,
      },
    });
  },
);
