import type { Metadata } from "next";
import { guardPage } from "@/app/_components/guard";
import { Card, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { listDownloadsByCompany } from "@/lib/trust/access-requests/download-log";
import { AccessNav } from "../access-nav";

export const metadata: Metadata = { title: "Downloads by company" };

export default async function DownloadsByCompanyPage() {
  const groups = await guardPage(() => listDownloadsByCompany());
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
          description="Downloads appear here as soon as visitors download public documents or requesters their approved ones."
        />
      ) : (
        <div className="space-y-6">
          {groups.map((group) => (
            <Card
              key={group.company ?? "(public)"}
              title={`${group.company ?? "Public downloads (no recipient)"} · ${group.downloads.length}`}
            >
              <Table caption={`Downloads: ${group.company ?? "public documents"}`} hideCaption>
                <THead>
                  <Tr>
                    <Th>Requester</Th>
                    <Th>Document</Th>
                    <Th>When</Th>
                    <Th>IP</Th>
                  </Tr>
                </THead>
                <TBody>
                  {group.downloads.map((d) => (
                    <Tr key={d.id}>
                      <Td>
                        {d.email ? (
                          <>
                            {d.requester} <span className="block text-gray-600">{d.email}</span>
                          </>
                        ) : (
                          "—"
                        )}
                      </Td>
                      <Td>{d.documentTitle}</Td>
                      <Td>
                        <DateTime value={d.downloadedAt} />
                      </Td>
                      <Td className="font-mono text-xs">{d.ip ?? "unknown"}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
