import "server-only";
// The public compliance roadmap (home page and /compliance): every item in staff order, in the
// visitor's language, with its certificate when that document is still in the library.
import { db } from "../../db/client.ts";
import type { ComplianceStatus } from "../../generated/prisma/enums.ts";
import type { Locale } from "../../i18n/locale.ts";

export type ComplianceRoadmapRow = {
  id: string;
  standard: string;
  status: ComplianceStatus;
  /** Calendar day (UTC midnight) or null when no date is set. */
  targetDate: Date | null;
  description: string;
  /** True when a German visitor sees the English description because no German one was written. */
  descriptionUntranslated: boolean;
  /** Links to the document library entry (`/documents#<slug>`); null without one or once archived. */
  certificate: { slug: string; title: string } | null;
};

export const ROADMAP_ORDER = [{ position: "asc" as const }, { createdAt: "asc" as const }];

export async function listComplianceRoadmap(locale: Locale): Promise<ComplianceRoadmapRow[]> {
  const rows = await db.complianceItem.findMany({
    orderBy: ROADMAP_ORDER,
    take: 200,
    select: {
      id: true,
      standard: true,
      standardDe: true,
      status: true,
      targetDate: true,
      description: true,
      descriptionDe: true,
      certificateDocument: { select: { slug: true, title: true, titleDe: true, archivedAt: true } },
    },
  });
  return rows.map((row) => {
    const german = locale === "de" && row.descriptionDe.trim() !== "";
    const document = row.certificateDocument;
    return {
      id: row.id,
      standard: (locale === "de" && row.standardDe.trim()) || row.standard,
      status: row.status,
      targetDate: row.targetDate,
      description: german ? row.descriptionDe : row.description,
      descriptionUntranslated: locale === "de" && !german && row.description.trim() !== "",
      certificate:
        document && !document.archivedAt
          ? { slug: document.slug, title: (locale === "de" && document.titleDe) || document.title }
          : null,
    };
  });
}
