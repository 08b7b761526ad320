import "server-only";
// Staff work on the document library (trust.library.manage): upload a checked PDF (S16), replace its
// file, edit what describes it, archive or restore it. Files live in PostgreSQL with their SHA-256;
// their name on the server is always <slug>.pdf. Every change is audited in the provider chain.
import { recordAudit, userActor } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { NotFoundError, UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { recordTrustUpdate } from "../updates.ts";
import type { LibraryMetadata, UpdateLibraryMetadata } from "./metadata-input.ts";
import { assertAcceptablePdf, type UploadedFile } from "./pdf-upload-check.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { libraryFileName } from "./slug.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

const SLUG_TAKEN = "Another document already uses this slug; choose another.";

export async function createLibraryDocument(
  metadata: LibraryMetadata,
  upload: UploadedFile | null,
  clock: Clock = systemClock,
): Promise<{ id: string; slug: string }> {
  const actor = await requireStaff("trust.library.manage");
  if (!upload) throw new UserFacingError("Choose a PDF file to upload.");
  await assertAcceptablePdf(upload);
  if (await slugTaken(metadata.slug)) throw new UserFacingError(SLUG_TAKEN);
  const request = await currentRequest();
  const sha256 = sha256Hex(upload.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const document = await tx.libraryDocument.create({
        data: {
          ...metadata,
          fileName: libraryFileName(metadata.slug),
          contentType: "application/pdf",
          sizeBytes: upload.bytes.byteLength,
          sha256,
          data: Buffer.from(upload.bytes),
          uploadedById: actor.userId,
          createdAt: clock.now(),
        },
        select: { id: true, slug: true },
      });
      await recordTrustUpdate(tx, {
        topic: "DOCUMENT",
        title: `New in the document library: ${metadata.title}`,
        titleDe: `Neu in der Dokumentenbibliothek: ${metadata.titleDe || metadata.title}`,
        summary:
          metadata.description ||
          (metadata.gated ? "Available on request under NDA." : "Available for download."),
        summaryDe:
          metadata.descriptionDe ||
          (metadata.gated
            ? "Auf Anfrage unter Vertraulichkeitsvereinbarung erhältlich."
            : "Zum Herunterladen verfügbar."),
        path: "/documents",
        publishedAt: clock.now(),
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.library.document.uploaded",
          target: { type: "LibraryDocument", id: document.id },
          request,
          metadata: {
            slug: metadata.slug,
            title: metadata.title,
            gated: metadata.gated,
            sha256,
            sizeBytes: upload.bytes.byteLength,
          },
        },
        { tx, clock },
      );
      return document;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(SLUG_TAKEN);
    throw error;
  }
}

export async function replaceLibraryFile(
  documentId: string,
  upload: UploadedFile | null,
  clock: Clock = systemClock,
): Promise<{ sha256: string }> {
  const actor = await requireStaff("trust.library.manage");
  const existing = await db.libraryDocument.findUnique({
    where: { id: documentId },
    select: { id: true, slug: true, sha256: true },
  });
  if (!existing) throw new NotFoundError("The document");
  if (!upload) throw new UserFacingError("Choose a PDF file to upload.");
  await assertAcceptablePdf(upload);
  const request = await currentRequest();
  const sha256 = sha256Hex(upload.bytes);
  await db.$transaction(async (tx) => {
    await tx.libraryDocument.update({
      where: { id: existing.id },
      data: {
        data: Buffer.from(upload.bytes),
        sha256,
        sizeBytes: upload.bytes.byteLength,
        fileName: libraryFileName(existing.slug),
        uploadedById: actor.userId,
      },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.library.document.file_replaced",
        target: { type: "LibraryDocument", id: existing.id },
        request,
        metadata: {
          slug: existing.slug,
          previousSha256: existing.sha256,
          sha256,
          sizeBytes: upload.bytes.byteLength,
        },
      },
      { tx, clock },
    );
  });
  return { sha256 };
}

export async function updateLibraryMetadata(
  input: UpdateLibraryMetadata,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.library.manage");
  const { documentId, ...metadata } = input;
  const existing = await db.libraryDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      slug: true,
      title: true,
      titleDe: true,
      description: true,
      descriptionDe: true,
      gated: true,
    },
  });
  if (!existing) throw new NotFoundError("The document");
  const changed = (Object.keys(metadata) as (keyof LibraryMetadata)[]).filter(
    (key) => existing[key] !== metadata[key],
  );
  if (changed.length === 0) return "Nothing changed.";
  if (metadata.slug !== existing.slug && (await slugTaken(metadata.slug)))
    throw new UserFacingError(SLUG_TAKEN);
  const request = await currentRequest();
  try {
    await db.$transaction(async (tx) => {
      await tx.libraryDocument.update({
        where: { id: existing.id },
        data: { ...metadata, fileName: libraryFileName(metadata.slug) },
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.library.document.updated",
          target: { type: "LibraryDocument", id: existing.id },
          request,
          metadata: { changed, slug: metadata.slug, previousSlug: existing.slug, gated: metadata.gated },
        },
        { tx, clock },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(SLUG_TAKEN);
    throw error;
  }
  return `Saved ${changed.length} change${changed.length === 1 ? "" : "s"}.`;
}

/**
 * Archiving takes a document off the public library; approved grants for it stop working (the
 * download checks the archive mark). Restoring brings it back, grants within their expiry included.
 */
export async function setLibraryDocumentArchived(
  documentId: string,
  archived: boolean,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.library.manage");
  const existing = await db.libraryDocument.findUnique({
    where: { id: documentId },
    select: { id: true, slug: true, archivedAt: true },
  });
  if (!existing) throw new NotFoundError("The document");
  if (Boolean(existing.archivedAt) === archived)
    return archived ? "The document was already archived." : "The document was already in the library.";
  const request = await currentRequest();
  await db.$transaction(async (tx) => {
    await tx.libraryDocument.update({
      where: { id: existing.id },
      data: { archivedAt: archived ? clock.now() : null },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: archived ? "trust.library.document.archived" : "trust.library.document.restored",
        target: { type: "LibraryDocument", id: existing.id },
        request,
        metadata: { slug: existing.slug },
      },
      { tx, clock },
    );
  });
  return archived
    ? "Archived: the document left the public library and its download links stopped working."
    : "Restored to the public library.";
}

async function slugTaken(slug: string): Promise<boolean> {
  return (await db.libraryDocument.count({ where: { slug } })) > 0;
}
