import "server-only";
// Staff work on the document library (trust.library.manage): upload a checked PDF (S16), replace its
// file, edit what describes it, archive or restore it. Files live in PostgreSQL with their SHA-256;
// their name on the server is always <slug>.pdf. Every change is audited in the provider chain.
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { AppError } from "../../errors.ts";
import { recordTrustUpdate } from "../updates.ts";
import { LIBRARY_MESSAGES } from "./messages.ts";
import type { LibraryMetadata, UpdateLibraryMetadata } from "./metadata-input.ts";
import { assertAcceptablePdf, type UploadedFile } from "./pdf-upload-check.ts";
import { libraryFileName } from "./slug.ts";

const slugTaken = () => new AppError("invalid", LIBRARY_MESSAGES.slugTaken);
const noFile = () => new AppError("invalid", LIBRARY_MESSAGES.chooseFile);

/** Stores a new document (its PDF checked first) and announces it on the updates feed. */
export async function createLibraryDocument(
  ctx: Context,
  metadata: LibraryMetadata,
  upload: UploadedFile | null,
): Promise<{ id: string; slug: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.library.manage");
  if (!upload) throw noFile();
  await assertAcceptablePdf(upload);
  if (await isSlugTaken(metadata.slug)) throw slugTaken();
  const sha256 = sha256Hex(upload.bytes);
  const announced = LIBRARY_MESSAGES.newDocument;
  const title = announced.title(metadata.title, metadata.titleDe || metadata.title);
  const summary = metadata.gated ? announced.gatedSummary : announced.publicSummary;
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
          createdAt: ctx.clock.now(),
        },
        select: { id: true, slug: true },
      });
      await recordTrustUpdate(tx, {
        topic: "DOCUMENT",
        title: title.en,
        titleDe: title.de,
        summary: metadata.description || summary.en,
        summaryDe: metadata.descriptionDe || summary.de,
        path: "/documents",
        publishedAt: ctx.clock.now(),
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.library.document.uploaded",
          target: { type: "LibraryDocument", id: document.id },
          request: ctx.request,
          metadata: {
            slug: metadata.slug,
            title: metadata.title,
            gated: metadata.gated,
            sha256,
            sizeBytes: upload.bytes.byteLength,
          },
        },
        { tx, clock: ctx.clock },
      );
      return document;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** Replaces the file of a document (checked first); its slug, name and grants stay. */
export async function replaceLibraryFile(
  ctx: Context,
  documentId: string,
  upload: UploadedFile | null,
): Promise<{ sha256: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.library.manage");
  const existing = await db.libraryDocument.findUnique({
    where: { id: documentId },
    select: { id: true, slug: true, sha256: true },
  });
  if (!existing) throw new AppError("not_found");
  if (!upload) throw noFile();
  await assertAcceptablePdf(upload);
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
        request: ctx.request,
        metadata: {
          slug: existing.slug,
          previousSha256: existing.sha256,
          sha256,
          sizeBytes: upload.bytes.byteLength,
        },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { sha256 };
}

/** Saves what describes a document; `changed` names the fields that differed (none: nothing is written). */
export async function updateLibraryMetadata(
  ctx: Context,
  input: UpdateLibraryMetadata,
): Promise<{ changed: (keyof LibraryMetadata)[] }> {
  const { actor } = await authorizeStaff(ctx, "trust.library.manage");
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
  if (!existing) throw new AppError("not_found");
  const changed = (Object.keys(metadata) as (keyof LibraryMetadata)[]).filter(
    (key) => existing[key] !== metadata[key],
  );
  if (changed.length === 0) return { changed };
  if (metadata.slug !== existing.slug && (await isSlugTaken(metadata.slug))) throw slugTaken();
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
          request: ctx.request,
          metadata: { changed, slug: metadata.slug, previousSlug: existing.slug, gated: metadata.gated },
        },
        { tx, clock: ctx.clock },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
  return { changed };
}

/**
 * Archiving takes a document off the public library; approved grants for it stop working (the
 * download checks the archive mark). Restoring brings it back, grants within their expiry included.
 * `changed` is false when the document was already in the asked state (nothing is written).
 */
export async function setLibraryDocumentArchived(
  ctx: Context,
  documentId: string,
  archived: boolean,
): Promise<{ archived: boolean; changed: boolean }> {
  const { actor } = await authorizeStaff(ctx, "trust.library.manage");
  const existing = await db.libraryDocument.findUnique({
    where: { id: documentId },
    select: { id: true, slug: true, archivedAt: true },
  });
  if (!existing) throw new AppError("not_found");
  if (Boolean(existing.archivedAt) === archived) return { archived, changed: false };
  await db.$transaction(async (tx) => {
    await tx.libraryDocument.update({
      where: { id: existing.id },
      data: { archivedAt: archived ? ctx.clock.now() : null },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: archived ? "trust.library.document.archived" : "trust.library.document.restored",
        target: { type: "LibraryDocument", id: existing.id },
        request: ctx.request,
        metadata: { slug: existing.slug },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { archived, changed: true };
}

async function isSlugTaken(slug: string): Promise<boolean> {
  return (await db.libraryDocument.count({ where: { slug } })) > 0;
}
