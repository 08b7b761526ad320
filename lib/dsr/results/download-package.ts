import "server-only";
// Downloading a request's package (A9): the organisation's OWNER, ADMIN, PRIVACY_OFFICER or AUDITOR
// (org.dsr.view), for its own request, while the link lives. The ZIP is built again from the sealed export
// data (the same bytes as when it was ready). Every download is logged (DsrPackageDownload) and audited in
// both chains.
import { userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { pendingAudit, writeAudits } from "../connectors/task-audit.ts";
import { buildPackage } from "./build-package.ts";
import { RESULT_MESSAGES } from "./messages.ts";
import { loadPackageInput } from "./package-input.ts";
import { authorizeOwnRequest } from "./request-access.ts";

export type PackageDownload = { bytes: Uint8Array; contentType: string; fileName: string; sha256: string };

export async function downloadPackage(
  ctx: Context,
  slug: string,
  requestId: string,
): Promise<PackageDownload> {
  const { org, request } = await authorizeOwnRequest(ctx, slug, requestId, "org.dsr.view");
  if (request.type !== "ACCESS" && request.type !== "PORTABILITY")
    throw new AppError("not_found", RESULT_MESSAGES.noPackageForType);
  const pkg = await db.dsrPackage.findUnique({
    where: { requestId: request.id },
    select: { id: true, readyAt: true, expiresAt: true, purgedAt: true },
  });
  if (!pkg) throw new AppError("conflict", RESULT_MESSAGES.packageNotReady);
  const now = ctx.clock.now();
  if (pkg.purgedAt || pkg.expiresAt <= now) throw new AppError("conflict", RESULT_MESSAGES.packageExpired);
  return db.$transaction(async (tx) => {
    const built = buildPackage(await loadPackageInput(tx, request, pkg.readyAt));
    await tx.dsrPackageDownload.create({
      data: { packageId: pkg.id, userId: org.actor.userId, at: now, ip: ctx.request.ip },
    });
    await writeAudits(
      tx,
      [
        pendingAudit({
          organizationId: org.organizationId,
          actor: userActor(org.actor),
          action: "dsr.package.downloaded",
          request: ctx.request,
          target: { type: "DsrPackage", id: pkg.id },
          metadata: {
            requestId: request.id,
            reference: request.reference,
            sha256: built.sha256,
            files: built.files.length + 1,
          },
        }),
      ],
      ctx.clock,
    );
    return {
      bytes: built.zip,
      contentType: "application/zip",
      fileName: `${request.reference.replace(/[^A-Za-z0-9._-]/g, "-")}-data.zip`,
      sha256: built.sha256,
    };
  });
}
