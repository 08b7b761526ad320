import "server-only";
// What the staff console shows of the roadmap: every item with its certificate (also archived ones, so
// staff see a broken link) and the library documents that can serve as a certificate.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import { ROADMAP_ORDER } from "./roadmap.ts";

export type ComplianceItemForStaff = {
  id: string;
  standard: string;
  standardDe: string;
  status: ComplianceStatus;
  targetDate: Date | null;
  description: string;
  descriptionDe: string;
  certificate: { id: string; title: string; archived: boolean } | null;
  updatedAt: Date;
};

export type CertificateOption = { id: string; title: string; slug: string; gated: boolean };

const ITEM_SELECT = {
  id: true,
  standard: true,
  standardDe: true,
  status: true,
  targetDate: true,
  description: true,
  descriptionDe: true,
  updatedAt: true,
  certificateDocument: { select: { id: true, title: true, archivedAt: true } },
} as const;

type ItemRow = {
  id: string;
  standard: string;
  standardDe: string;
  status: ComplianceStatus;
  targetDate: Date | null;
  description: string;
  descriptionDe: string;
  updatedAt: Date;
  certificateDocument: { id: string; title: string; archivedAt: Date | null } | null;
};

function toStaffItem({ certificateDocument: document, ...item }: ItemRow): ComplianceItemForStaff {
  return {
    ...item,
    certificate: document
      ? { id: document.id, title: document.title, archived: document.archivedAt !== null }
      : null,
  };
}

export async function listComplianceItemsForStaff(ctx: Context): Promise<ComplianceItemForStaff[]> {
  await authorizeStaff(ctx, "trust.content.manage");
  const rows = await db.complianceItem.findMany({ orderBy: ROADMAP_ORDER, take: 200, select: ITEM_SELECT });
  return rows.map(toStaffItem);
}

export async function getComplianceItemForStaff(ctx: Context, id: string): Promise<ComplianceItemForStaff> {
  await authorizeStaff(ctx, "trust.content.manage");
  const row = await db.complianceItem.findUnique({ where: { id }, select: ITEM_SELECT });
  if (!row) throw new AppError("not_found");
  return toStaffItem(row);
}

/** Library documents that are not archived, by title: the choices for an item's certificate. */
export async function listCertificateOptions(ctx: Context): Promise<CertificateOption[]> {
  await authorizeStaff(ctx, "trust.content.manage");
  return db.libraryDocument.findMany({
    where: { archivedAt: null },
    orderBy: { title: "asc" },
    take: 500,
    select: { id: true, title: true, slug: true, gated: true },
  });
}
