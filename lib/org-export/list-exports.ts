import "server-only";
// The organisation's exports as its OWNER and ADMIN see them on the export page: newest first, with
// progress while one runs, and size, hash and expiry once ready.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { OrganizationExportStatus } from "../generated/prisma/enums.ts";

export type ExportListItem = {
  id: string;
  status: OrganizationExportStatus;
  requestedAt: Date;
  requestedBy: string | null;
  rowsDone: number;
  rowsTotal: number;
  readyAt: Date | null;
  expiresAt: Date | null;
  bytes: number | null;
  sha256: string | null;
  downloads: number;
  /** READY and not yet expired. */
  downloadable: boolean;
};

export type ExportList = { exports: ExportListItem[]; active: boolean };

const SHOWN = 20;

export async function listOrganizationExports(ctx: Context, slug: string): Promise<ExportList> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.export.manage");
  const rows = await db.organizationExport.findMany({
    where: { organizationId: org.organizationId },
    orderBy: { requestedAt: "desc" },
    take: SHOWN,
  });
  const people = await db.user.findMany({
    where: {
      id: { in: [...new Set(rows.map((r) => r.requestedById))] },
      memberships: { some: { organizationId: org.organizationId } },
    },
    select: { id: true, email: true },
  });
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  const now = ctx.clock.now();
  const exports = rows.map((r): ExportListItem => ({
    id: r.id,
    status: r.status === "READY" && r.expiresAt && r.expiresAt <= now ? "EXPIRED" : r.status,
    requestedAt: r.requestedAt,
    requestedBy: emailOf.get(r.requestedById) ?? null,
    rowsDone: r.rowsDone,
    rowsTotal: r.rowsTotal,
    readyAt: r.readyAt,
    expiresAt: r.expiresAt,
    bytes: r.bytes === null ? null : Number(r.bytes),
    sha256: r.sha256,
    downloads: r.downloads,
    downloadable: r.status === "READY" && r.expiresAt !== null && r.expiresAt > now,
  }));
  return { exports, active: exports.some((e) => e.status === "QUEUED" || e.status === "RUNNING") };
}
