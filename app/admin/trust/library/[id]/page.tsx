import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { Alert, Badge, Card, DateTime, DefinitionList, Dialog, PageHeader } from "@/app/_ui";
import { withoutBidiControls } from "@/lib/text/bidi";
import { loadPage } from "@/lib/http/page";
import { formatFileSize } from "@/lib/trust/library/file-size";
import { getLibraryDocumentForStaff } from "@/lib/trust/library/staff-list";
import { setLibraryDocumentArchivedAction } from "../actions";
import { MetadataForm } from "./metadata-form";
import { ReplaceFileForm } from "./replace-file-form";

export const metadata: Metadata = { title: "Library document" };

export default async function LibraryDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const document = await loadPage((ctx) => getLibraryDocumentForStaff(ctx, id));
  const publicPath = document.gated
    ? `/en/documents/request/${document.slug}`
    : `/en/documents/${document.slug}/download`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={withoutBidiControls(document.title)}
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
        <DefinitionList
          items={[
            { term: "Served as", description: <span className="font-mono">{document.fileName}</span> },
            { term: "Size", description: formatFileSize(document.sizeBytes) },
            {
              term: "SHA-256",
              description: <span className="break-all font-mono text-xs">{document.sha256}</span>,
            },
            {
              term: "Downloads",
              description: (
                <>
                  {document.downloads}
                  {document.lastDownloadAt && (
                    <>
                      {" "}
                      (last <DateTime value={document.lastDownloadAt} />)
                    </>
                  )}
                </>
              ),
            },
            {
              term: "Public link",
              description: document.archivedAt ? (
                "None while archived"
              ) : (
                <Link href={publicPath} className="font-mono text-xs underline">
                  {publicPath}
                </Link>
              ),
            },
          ]}
        />
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
