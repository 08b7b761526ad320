import type { RetentionCategory } from "./category.ts";

/** The trust center's log of gated-document downloads (recipient, watermark hash, IP address). */
export const documentDownloads: RetentionCategory = {
  key: "document-downloads",
  label: { en: "Document download log", de: "Download-Protokoll der Dokumente" },
  counts: { en: "from the download", de: "ab Download" },
  defaultDays: 730,
  defaultMinDays: 90,
  selector: 'DocumentDownload "downloadedAt" before the cutoff',
  sql: {
    table: '"DocumentDownload"',
    from: '"DocumentDownload" t',
    id: "t.id",
    organization: "NULL::text",
    at: 't."downloadedAt"',
    where: "TRUE",
  },
};
