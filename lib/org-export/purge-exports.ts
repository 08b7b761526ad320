import "server-only";
// After an export's link expires (seven days after it was ready) its file is deleted and the export is
// EXPIRED; what was exported (size, hash, downloads) stays on record. Files of failed runs go too.
// Audited (system) in the organisation's chain and the provider's. Runs with the sweep (lib/jobs).
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, SYSTEM_ACTOR } from "../audit/record.ts";
import { db } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";
import { removeExportFiles } from "./storage.ts";

const BATCH = 100;

export async function purgeExpiredExports(clock: Clock, root?: string): Promise<{ purged: number }> {
  let purged = 0;
  for (;;) {
    const now = clock.now();
    const due = await db.organizationExport.findMany({
      where: { status: "READY", expiresAt: { lte: now } },
      select: { id: true, organizationId: true },
      take: BATCH,
    });
    if (due.length === 0) break;
    for (const item of due) {
      const expired = await db.$transaction(async (tx) => {
        const { count } = await tx.organizationExport.updateMany({
          where: { id: item.id, status: "READY" },
          data: { status: "EXPIRED", purgedAt: now },
        });
        if (count === 0) return false;
        await auditInOrganizationAndProvider(
          tx,
          { organizationId: item.organizationId, actor: SYSTEM_ACTOR, clock },
          auditEvent("org.export.expired", { exportId: item.id }),
          { type: "OrganizationExport", id: item.id },
        );
        return true;
      });
      if (!expired) continue;
      await removeExportFiles(item.organizationId, item.id, null, root);
      purged++;
    }
  }
  const failed = await db.organizationExport.findMany({
    where: { status: "FAILED", purgedAt: null },
    select: { id: true, organizationId: true },
    take: BATCH,
  });
  for (const item of failed) {
    await removeExportFiles(item.organizationId, item.id, null, root);
    await db.organizationExport.update({ where: { id: item.id }, data: { purgedAt: clock.now() } });
  }
  return { purged };
}

/** Exports waiting for a run: queued ones, and running ones whose run has gone quiet. */
export async function exportsToRun(clock: Clock, staleAfterMs: number): Promise<string[]> {
  const now = clock.now().getTime();
  const rows = await db.organizationExport.findMany({
    where: {
      OR: [
        { status: "QUEUED", requestedAt: { lt: new Date(now - 30_000) } },
        { status: "RUNNING", heartbeatAt: { lt: new Date(now - staleAfterMs) } },
      ],
    },
    select: { id: true },
    take: BATCH,
  });
  return rows.map((r) => r.id);
}
