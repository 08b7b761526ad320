import type { RetentionCategory } from "./category.ts";

/** The log of who downloaded a DSR result package, when and from where; a hold on the subject keeps it. */
export const dsrPackageDownloads: RetentionCategory = {
  key: "dsr-package-downloads",
  label: { en: "DSR package download log", de: "Download-Protokoll der Ergebnispakete" },
  counts: { en: "from the download", de: "ab Download" },
  defaultDays: 730,
  defaultMinDays: 90,
  selector: 'DsrPackageDownload "at" before the cutoff',
  sql: {
    table: '"DsrPackageDownload"',
    from:
      '"DsrPackageDownload" t JOIN "DsrPackage" p ON p.id = t."packageId" ' +
      'JOIN "DataSubjectRequest" r ON r.id = p."requestId"',
    id: "t.id",
    organization: 'r."organizationId"',
    at: "t.at",
    where: "TRUE",
    subject: 'r."subjectHash"',
  },
};
