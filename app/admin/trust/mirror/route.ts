// GET /admin/trust/mirror: the public trust center as a static mirror in a ZIP (trust.content.manage, the
// role that publishes it), made by crawling this instance's own public pages over HTTP; the download is
// audited (lib/static-export/staff-download.ts, ADR 0036).
import { env } from "@/lib/config/env";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { defineRoute } from "@/lib/http/route";
import { ownOrigin } from "@/lib/static-export/own-origin";
import { staticMirrorDownload } from "@/lib/static-export/staff-download";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ permission: "trust.content.manage", errors: "text" }, async (ctx) => {
  const mirror = await staticMirrorDownload(ctx, { origin: ownOrigin(), liveUrl: env().APP_URL });
  return new Response(mirror.stream, {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": attachmentDisposition(mirror.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
