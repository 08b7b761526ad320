import "server-only";
// Downloading an export (org.export.manage: OWNER, ADMIN), of the caller's own organisation, while its
// link lives: the file is streamed from disk; every download is counted and audited as a data access in
// the organisation's chain and the provider's before the first byte leaves. Another organisation's
// export is not_found (S12).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { ORG_EXPORT_MESSAGES as M } from "./messages.ts";
import { exportPath } from "./storage.ts";

export type ExportDownload = {
  stream: ReadableStream<Uint8Array>;
  bytes: number;
  sha256: string;
  fileName: string;
  contentType: string;
};

export async function downloadOrganizationExport(
  ctx: Context,
  slug: string,
  exportId: string,
): Promise<ExportDownload> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.export.manage");
  const row = await db.organizationExport.findFirst({
    where: { id: exportId, organizationId: org.organizationId },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      fileName: true,
      sha256: true,
      bytes: true,
      readyAt: true,
    },
  });
  if (!row) throw new AppError("not_found", M.unknownExport);
  const now = ctx.clock.now();
  if (row.status === "EXPIRED" || (row.status === "READY" && row.expiresAt && row.expiresAt <= now))
    throw new AppError("conflict", M.expired);
  if (row.status !== "READY" || !row.fileName || !row.sha256 || row.bytes === null)
    throw new AppError("conflict", M.notReady);
  const path = exportPath(row.fileName);
  const size = (await stat(path).catch(() => null))?.size;
  if (size !== Number(row.bytes)) throw new AppError("conflict", M.expired);
  const sha256 = row.sha256;
  const bytes = Number(row.bytes);
  await db.$transaction(async (tx) => {
    await tx.organizationExport.update({
      where: { id: row.id },
      data: { downloads: { increment: 1 }, lastDownloadAt: now },
    });
    await auditInOrganizationAndProvider(
      tx,
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        request: ctx.request,
        clock: ctx.clock,
      },
      auditEvent("org.export.downloaded", { exportId: row.id, sha256, bytes }),
      { type: "OrganizationExport", id: row.id },
    );
  });
  const day = (row.readyAt ?? now).toISOString().slice(0, 10);
  return {
    stream: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
    bytes,
    sha256,
    fileName: `${org.slug}-export-${day}.zip`,
    contentType: "application/zip",
  };
}
