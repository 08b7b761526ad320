// "Download static mirror": the public trust center as a ZIP of static files for a CDN or any static host,
// made from the pages as they are published now (app/admin/trust/mirror/route.ts, ADR 0036).
import { Card } from "@/app/_ui";

export function StaticMirrorCard() {
  return (
    <Card title="Static mirror">
      <div className="space-y-3 text-sm">
        <p>
          After publishing, download the public trust center as static files — every page in English and
          German, every version and comparison, the PDFs, the subprocessor list (JSON, CSV), the update feed
          and security.txt — for a CDN or any static web host. Forms in the mirror open on this site.
        </p>
        <p>
          <a
            href="/admin/trust/mirror"
            download
            className="font-medium text-brand-700 underline hover:text-brand-800"
            data-testid="static-mirror-download"
          >
            Download static mirror (ZIP)
          </a>
        </p>
      </div>
    </Card>
  );
}
