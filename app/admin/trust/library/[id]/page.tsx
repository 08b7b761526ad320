import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/app/_components/action-button";
import { guardPage } from "@/app/_components/guard";
import { Alert, Badge, Card, DateTime, Dialog, PageHeader } from "@/app/_ui";
import { formatFileSize } from "@/lib/trust/library/file-size";
import { getLibraryDocumentForStaff } from "@/lib/trust/library/staff-list";
import { setLibraryDocumentArchivedAction } from "../actions";
import { MetadataForm } from "./metadata-form";
import { ReplaceFileForm } from "./replace-file-form";

export const metadata: Metadata = { title: "Library document" };

export default async function LibraryDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const document = await guardPage(() => getLibraryDocumentForStaff(id));
  if (!document) notFound();
  const publicPath = document.gated
    ? `/en/documents/request/${document.slug}`
    : `/en/documents/${document.slug}/download`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={document.title}
        description={
          <>
            <Link href="/admin/trust/library" className="underline">
              Document library
            </Link>{" "}
            ·{" "}
            {document.gated
              ? "Under NDA: released per approved request, watermarked."
              : "Public: direct download."}
          </>
        }
        actions={
          <span className="flex gap-1">
            {document.gated ? <Badge tone="warning">Under NDA</Badge> : <Badge tone="success">Public</Badge>}
            {document.archivedAt && <Badge tone="danger">Archived</Badge>}
          </span>
        }
      />
      {document.archivedAt && (
        <Alert tone="warning" title="Archived">
          Archived <DateTime value={document.archivedAt} />: not on the public page, and approved grants
          cannot download it until it is restored.
        </Alert>
      )}
      <Card title="File">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-gray-700">Served as</dt>
          <dd className="font-mono">{document.fileName}</dd>
          <dt className="font-medium text-gray-700">Size</dt>
          <dd>{formatFileSize(document.sizeBytes)}</dd>
          <dt className="font-medium text-gray-700">SHA-256</dt>
          <dd className="break-all font-mono text-xs">{document.sha256}</dd>
          <dt className="font-medium text-gray-700">Downloads</dt>
          <dd>
            {document.downloads}
            {document.lastDownloadAt && (
              <>
                {" "}
                (last <DateTime value={document.lastDownloadAt} />)
              </>
            )}
          </dd>
          <dt className="font-medium text-gray-700">Public link</dt>
          <dd>
            {document.archivedAt ? (
              "None while archived"
            ) : (
              <Link href={publicPath} className="font-mono text-xs underline">
                {publicPath}
              </Link>
            )}
          </dd>
        </dl>
        <div className="mt-6">
          <ReplaceFileForm documentId={document.id} />
        </div>
      </Card>
      <Card title="Description">
        <MetadataForm
          documentId={document.id}
          defaults={{
            slug: document.slug,
            title: document.title,
            titleDe: document.titleDe,
            description: document.description,
            descriptionDe: document.descriptionDe,
            gated: document.gated,
          }}
        />
      </Card>
      <Card title={document.archivedAt ? "Restore" : "Archive"}>
        {document.archivedAt ? (
          <ActionButton
            action={setLibraryDocumentArchivedAction}
            fields={{ documentId: document.id, archived: "false" }}
            label="Restore to the library"
          />
        ) : (
          <>
            <p className="mb-4 text-sm text-gray-700">
              Archiving removes the document from the public page and stops every download link for it,
              including approved grants.
            </p>
            <Dialog
              triggerLabel="Archive"
              triggerVariant="danger"
              title={`Archive ${document.title}?`}
              closeLabel="Cancel"
            >
              <p className="mb-4 text-sm text-gray-700">
                Visitors no longer see it and approved requesters can no longer download it. You can restore
                it later.
              </p>
              <ActionButton
                action={setLibraryDocumentArchivedAction}
                fields={{ documentId: document.id, archived: "true" }}
                label={`Archive ${document.title}`}
                variant="danger"
              />
            </Dialog>
          </>
        )}
      </Card>
    </div>
  );
}
