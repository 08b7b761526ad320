import "server-only";
// Who downloaded what, grouped by company (trust.access.review): read from the server's own download
// records (no third-party trackers). Public documents are only counted (lib/trust/library/public-library.ts,
// S24); rows logged for them before that carry no recipient and are grouped as such.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";

export type DownloadEntry = {
  id: string;
  requester: string | null;
  email: string | null;
  documentTitle: string;
  downloadedAt: Date;
  ip: string | null;
};
export type CompanyDownloads = { company: string | null; downloads: DownloadEntry[] };

export async function listDownloadsByCompany(
  ctx: Context,
  options: { take?: number } = {},
): Promise<CompanyDownloads[]> {
  await authorizeStaff(ctx, "trust.access.review");
  const rows = await db.documentDownload.findMany({
    orderBy: { downloadedAt: "desc" },
    take: options.take ?? 500,
    select: {
      id: true,
      email: true,
      company: true,
      ip: true,
      downloadedAt: true,
      document: { select: { title: true } },
      request: { select: { name: true } },
    },
  });
  // Companies are typed by requesters: "ACME" and "Acme " are one group, shown as first written.
  const groups = new Map<string, CompanyDownloads>();
  for (const row of rows) {
    const company = row.company?.trim() || null;
    const key = company?.toLowerCase() ?? "";
    const group = groups.get(key) ?? { company, downloads: [] };
    group.downloads.push({
      id: row.id,
      requester: row.request?.name ?? null,
      email: row.email,
      documentTitle: row.document.title,
      downloadedAt: row.downloadedAt,
      ip: row.ip,
    });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.company === null ? 1 : b.company === null ? -1 : a.company.localeCompare(b.company),
  );
}
