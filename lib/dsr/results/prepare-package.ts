import "server-only";
// Marks a request's package ready once every EXPORT task is final (called from settle.ts in the same
// transaction): builds it once to record its SHA-256, files and rows, and starts the seven days its link
// lives (A9). Audited in both chains. Idempotent: a request has at most one package.
import type { AuditActor } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";
import { pendingAudit, type PendingAudit } from "../connectors/task-audit.ts";
import { buildPackage } from "./build-package.ts";
import { loadPackageInput } from "./package-input.ts";

export const PACKAGE_LIFETIME_MS = 7 * 24 * 3_600_000;

export async function preparePackage(
  tx: Tx,
  request: { id: string; organizationId: string; reference: string; type: string },
  clock: Clock,
  actor: AuditActor,
  audits: PendingAudit[],
): Promise<boolean> {
  if (request.type !== "ACCESS" && request.type !== "PORTABILITY") return false;
  if (await tx.dsrPackage.findUnique({ where: { requestId: request.id }, select: { id: true } }))
    return false;
  // Whole seconds: the ZIP keeps times at two-second precision, and building again must give the same bytes.
  const readyAt = new Date(Math.floor(clock.now().getTime() / 2000) * 2000);
  const built = buildPackage(await loadPackageInput(tx, request, readyAt));
  const expiresAt = new Date(readyAt.getTime() + PACKAGE_LIFETIME_MS);
  const created = await tx.dsrPackage.create({
    data: {
      requestId: request.id,
      readyAt,
      expiresAt,
      sha256: built.sha256,
      files: built.files.length + 1,
      rows: built.rows,
    },
    select: { id: true },
  });
  audits.push(
    pendingAudit({
      organizationId: request.organizationId,
      actor,
      action: "dsr.package.ready",
      target: { type: "DsrPackage", id: created.id },
      metadata: {
        reference: request.reference,
        files: built.files.length + 1,
        rows: built.rows,
        sha256: built.sha256,
        expiresAt: expiresAt.toISOString(),
      },
    }),
  );
  return true;
}
