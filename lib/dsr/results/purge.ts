import "server-only";
// After a package's link expires (seven days after it was ready) the exported data is purged: the EXPORT
// tasks' sealed data is cleared; what was exported (systems, counts, hashes) stays on record. Audited in
// both chains. Runs as a job every ten minutes (lib/jobs/dsr-connector-jobs.ts). A legal hold on the
// organisation, the subject or the category "dsr-packages" keeps the data (lib/legal-holds/package-guard.ts);
// the first run after its release purges it.
import { SYSTEM_ACTOR } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { refusePackagePurgeUnderHold } from "../../legal-holds/package-guard.ts";
import type { Clock } from "../../time/clock.ts";
import { pendingAudit, writeAudits } from "../connectors/task-audit.ts";

const BATCH = 100;

export async function purgeExpiredPackages(clock: Clock): Promise<{ purged: number }> {
  let purged = 0;
  const held: string[] = [];
  for (;;) {
    const now = clock.now();
    const due = await db.dsrPackage.findMany({
      where: { purgedAt: null, expiresAt: { lte: now }, id: { notIn: held } },
      select: { id: true },
      take: BATCH,
    });
    if (due.length === 0) return { purged };
    for (const { id } of due) {
      await db.$transaction(async (tx) => {
        const { request } = await tx.dsrPackage.findUniqueOrThrow({
          where: { id },
          select: { request: { select: { organizationId: true, subjectHash: true } } },
        });
        if (await refusePackagePurgeUnderHold(tx, { id, ...request }, clock)) return void held.push(id);
        const claimed = await tx.dsrPackage.updateMany({
          where: { id, purgedAt: null },
          data: { purgedAt: now },
        });
        if (claimed.count === 0) return;
        const pkg = await tx.dsrPackage.findUniqueOrThrow({
          where: { id },
          select: { request: { select: { id: true, organizationId: true, reference: true } } },
        });
        const cleared = await tx.dsrTask.updateMany({
          where: { requestId: pkg.request.id, action: "EXPORT", exportSealed: { not: null } },
          data: { exportSealed: null },
        });
        await writeAudits(
          tx,
          [
            pendingAudit({
              organizationId: pkg.request.organizationId,
              actor: SYSTEM_ACTOR,
              action: "dsr.package.purged",
              target: { type: "DsrPackage", id },
              metadata: { reference: pkg.request.reference, tasks: cleared.count },
            }),
          ],
          clock,
        );
        purged++;
      });
    }
  }
}
