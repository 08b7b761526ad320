import type { Metadata } from "next";
import { Card, DataTable, DateTime, EmptyState, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { listDownloadsByCompany } from "@/lib/trust/access-requests/download-log";
import { AccessNav } from "../access-nav";

export const metadata: Metadata = { title: "Downloads by company" };

export default async function DownloadsByCompanyPage() {
  const groups = await loadPage((ctx) => listDownloadsByCompany(ctx));
  return (
    <div>
      <PageHeader
        title="Downloads by company"
        description="Every download of the library, from the server's own records (no third-party trackers), grouped by the company the requester named. The newest 500."
      />
      <AccessNav current="downloads" />
      {groups.length === 0 ? (
        <EmptyState
          title="No downloads yet"
          description="Downloads appear here as soon as requesters download their approved documents. Public documents are counted per day on the library page."
        />
      ) : (
        <div className="space-y-6">
          {groups.map((group) => (
            <Card
              key={group.company ?? "(public)"}
              title={`${group.company ?? "Public downloads (no recipient)"} · ${group.downloads.length}`}
            >
              <DataTable
                caption={`Downloads: ${group.company ?? "public documents"}`}
                hideCaption
                rows={group.downloads}
                rowKey={(d) => d.id}
                // A group exists only with downloads; the empty state is never shown.
                empty={{ title: "No downloads yet", description: "" }}
                columns={[
                  {
                    header: "Requester",
                    cell: (d) =>
                      d.email ? (
                        <>
                          {d.requester} <span className="block text-gray-600">{d.email}</span>
                        </>
                      ) : (
                        "—"
                      ),
                  },
                  { header: "Document", cell: (d) => d.documentTitle },
                  { header: "When", cell: (d) => <DateTime value={d.downloadedAt} /> },
                  { header: "IP", className: "font-mono text-xs", cell: (d) => d.ip ?? "unknown" },
                ]}
              />
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
