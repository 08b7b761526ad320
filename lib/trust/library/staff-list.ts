import "server-only";
// What staff see of the library: every document (archived ones too) with its download figures.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";

export type LibraryDocumentSummary = {
  id: string;
  slug: string;
  title: string;
  titleDe: string;
  description: string;
  descriptionDe: string;
  gated: boolean;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  downloads: number;
  lastDownloadAt: Date | null;
};

const SUMMARY_SELECT = {
  id: true,
  slug: true,
  title: true,
  titleDe: true,
  description: true,
  descriptionDe: true,
  gated: true,
  fileName: true,
  sizeBytes: true,
  sha256: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function listLibraryForStaff(ctx: Context): Promise<LibraryDocumentSummary[]> {
  await authorizeStaff(ctx, "trust.library.manage");
  const [documents, figures] = await Promise.all([
    db.libraryDocument.findMany({
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { title: "asc" }],
      select: SUMMARY_SELECT,
    }),
    db.documentDownload.groupBy({ by: ["documentId"], _count: { _all: true }, _max: { downloadedAt: true } }),
  ]);
  const byDocument = new Map(figures.map((f) => [f.documentId, f]));
  return documents.map((d) => ({
    ...d,
    downloads: byDocument.get(d.id)?._count._all ?? 0,
    lastDownloadAt: byDocument.get(d.id)?._max.downloadedAt ?? null,
  }));
}

/** One document with its download figures; an unknown id answers not_found. */
export async function getLibraryDocumentForStaff(ctx: Context, id: string): Promise<LibraryDocumentSummary> {
  await authorizeStaff(ctx, "trust.library.manage");
  const document = await db.libraryDocument.findUnique({ where: { id }, select: SUMMARY_SELECT });
  if (!document) throw new AppError("not_found");
  const figures = await db.documentDownload.aggregate({
    where: { documentId: id },
    _count: { _all: true },
    _max: { downloadedAt: true },
  });
  return { ...document, downloads: figures._count._all, lastDownloadAt: figures._max.downloadedAt };
}
