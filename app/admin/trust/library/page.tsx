import type { Metadata } from "next";
import Link from "next/link";
import { Badge, ButtonLink, Card, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { formatFileSize } from "@/lib/trust/library/file-size";
import { listLibraryForStaff } from "@/lib/trust/library/staff-list";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Document library" };

export default async function LibraryAdminPage() {
  const documents = await loadPage((ctx) => listLibraryForStaff(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Document library"
        description={
          <>
            PDFs on the public{" "}
            <Link href="/en/documents" className="underline">
              documents page
            </Link>
            . Public ones download directly; documents under NDA are released per request (see{" "}
            <Link href="/admin/trust/access-requests" className="underline">
              Access requests
            </Link>
            ) and watermarked for each recipient.
          </>
        }
        actions={
          <ButtonLink href="/admin/trust/library/nda" variant="secondary">
            NDA versions
          </ButtonLink>
        }
      />
      <Card title="Documents">
        <DataTable
          caption="Library documents"
          hideCaption
          rows={documents}
          rowKey={(d) => d.id}
          empty={{
            title: "No documents yet",
            description:
              "Upload the first PDF with the form below; it appears on the public documents page at once.",
          }}
          columns={[
            {
              header: "Title",
              rowHeader: true,
              cell: (d) => (
                <>
                  <UserText className="font-semibold">{d.title}</UserText>
                  <span className="block font-normal text-gray-600">
                    {d.titleDe ? <UserText>{d.titleDe}</UserText> : "No German title"}
                  </span>
                </>
              ),
            },
            {
              header: "Access",
              cell: (d) => (
                <span className="flex flex-wrap gap-1">
                  {d.gated ? (
                    <Badge tone="warning" className="whitespace-nowrap">
                      Under NDA
                    </Badge>
                  ) : (
                    <Badge tone="success">Public</Badge>
                  )}
                  {d.archivedAt && <Badge tone="danger">Archived</Badge>}
                </span>
              ),
            },
            {
              header: "File",
              cell: (d) => (
                <>
                  <span className="font-mono text-xs">{d.fileName}</span>
                  <span className="block text-gray-600">{formatFileSize(d.sizeBytes)}</span>
                  <span className="block font-mono text-xs text-gray-600" title={d.sha256}>
                    SHA-256 {d.sha256.slice(0, 12)}…
                  </span>
                </>
              ),
            },
            { header: "Downloads", cell: (d) => d.downloads },
            {
              header: "Last download",
              cell: (d) => (d.lastDownloadAt ? <DateTime value={d.lastDownloadAt} /> : "Never"),
            },
          ]}
          rowActions={(d) => (
            <ButtonLink href={`/admin/trust/library/${d.id}`} variant="secondary" size="sm">
              Manage<span className="sr-only"> {d.title}</span>
            </ButtonLink>
          )}
        />
      </Card>
      <Card title="Upload a PDF">
        <UploadForm />
      </Card>
    </div>
  );
}
