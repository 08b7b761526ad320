import "server-only";
// What staff see of the library: every document (archived ones too) with its download figures: the
// logged (watermarked) downloads plus the counted public ones (S24).
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
  const [documents, logged, counted] = await Promise.all([
    db.libraryDocument.findMany({
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { title: "asc" }],
      select: SUMMARY_SELECT,
    }),
    db.documentDownload.groupBy({ by: ["documentId"], _count: { _all: true }, _max: { downloadedAt: true } }),
    db.publicDownloadCount.groupBy({
      by: ["documentId"],
      _sum: { count: true },
      _max: { lastDownloadAt: true },
    }),
  ]);
  const loggedBy = new Map(logged.map((f) => [f.documentId, f]));
  const countedBy = new Map(counted.map((f) => [f.documentId, f]));
  return documents.map((d) => ({
    ...d,
    ...figuresOf(
      { count: loggedBy.get(d.id)?._count._all ?? 0, last: loggedBy.get(d.id)?._max.downloadedAt ?? null },
      { count: countedBy.get(d.id)?._sum.count ?? 0, last: countedBy.get(d.id)?._max.lastDownloadAt ?? null },
    ),
  }));
}

type Figure = { count: number; last: Date | null };

/** Logged and counted downloads together. */
function figuresOf(
  logged: Figure,
  counted: Figure,
): Pick<LibraryDocumentSummary, "downloads" | "lastDownloadAt"> {
  const last = [logged.last, counted.last].filter((d): d is Date => d !== null);
  return {
    downloads: logged.count + counted.count,
    lastDownloadAt: last.length ? new Date(Math.max(...last.map((d) => d.getTime()))) : null,
  };
}

/** One document with its download figures; an unknown id answers not_found. */
export async function getLibraryDocumentForStaff(ctx: Context, id: string): Promise<LibraryDocumentSummary> {
  await authorizeStaff(ctx, "trust.library.manage");
  const document = await db.libraryDocument.findUnique({ where: { id }, select: SUMMARY_SELECT });
  if (!document) throw new AppError("not_found");
  const [logged, counted] = await Promise.all([
    db.documentDownload.aggregate({
      where: { documentId: id },
      _count: { _all: true },
      _max: { downloadedAt: true },
    }),
    db.publicDownloadCount.aggregate({
      where: { documentId: id },
      _sum: { count: true },
      _max: { lastDownloadAt: true },
    }),
  ]);
  return {
    ...document,
    ...figuresOf(
      { count: logged._count._all, last: logged._max.downloadedAt },
      { count: counted._sum.count ?? 0, last: counted._max.lastDownloadAt },
    ),
  };
}
