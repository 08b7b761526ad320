import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/_components/guard";
import {
  Badge,
  ButtonLink,
  Card,
  DateTime,
  EmptyState,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/app/_ui";
import { formatFileSize } from "@/lib/trust/library/file-size";
import { listLibraryForStaff } from "@/lib/trust/library/staff-list";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Document library" };

export default async function LibraryAdminPage() {
  const documents = await guardPage(() => listLibraryForStaff());
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
        {documents.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="No documents yet"
            description="Upload the first PDF with the form below; it appears on the public documents page at once."
          />
        ) : (
          <Table caption="Library documents" hideCaption>
            <THead>
              <Tr>
                <Th>Title</Th>
                <Th>Access</Th>
                <Th>File</Th>
                <Th>Downloads</Th>
                <Th>Last download</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {documents.map((d) => (
                <Tr key={d.id}>
                  <Th scope="row" className="font-normal text-gray-900">
                    <span className="font-semibold">{d.title}</span>
                    <span className="block text-gray-600">{d.titleDe || "No German title"}</span>
                  </Th>
                  <Td>
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
                  </Td>
                  <Td>
                    <span className="font-mono text-xs">{d.fileName}</span>
                    <span className="block text-gray-600">{formatFileSize(d.sizeBytes)}</span>
                    <span className="block font-mono text-xs text-gray-600" title={d.sha256}>
                      SHA-256 {d.sha256.slice(0, 12)}…
                    </span>
                  </Td>
                  <Td>{d.downloads}</Td>
                  <Td>{d.lastDownloadAt ? <DateTime value={d.lastDownloadAt} /> : "Never"}</Td>
                  <Td>
                    <ButtonLink href={`/admin/trust/library/${d.id}`} variant="secondary" size="sm">
                      Manage<span className="sr-only"> {d.title}</span>
                    </ButtonLink>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title="Upload a PDF">
        <UploadForm />
      </Card>
    </div>
  );
}
