// The DSR package purge's question to the holds (GDPR.md G2): seven days after a package was ready its
// exported data is cleared (lib/dsr/results/purge.ts) — unless a hold on the organisation, on the
// subject, or on the category "dsr-packages" keeps it. The refusal is recorded (one row per hold and
// package, counted); the package stays unpurged, so the first purge after the release clears it (G4).
import type { Tx } from "../db/client.ts";
import { dsrPackages } from "../retention/categories/dsr-packages.ts";
import type { Clock } from "../time/clock.ts";
import { holdsBlocking } from "./blocking.ts";
import { recordHoldRefusal } from "./refusal.ts";

/** True when a hold keeps the package's data (the refusal is recorded in `tx`); false: purge it. */
export async function refusePackagePurgeUnderHold(
  tx: Tx,
  pkg: { id: string; organizationId: string; subjectHash: string },
  clock: Clock,
): Promise<boolean> {
  const [hold] = await holdsBlocking(tx, {
    organizationId: pkg.organizationId,
    subjectHash: pkg.subjectHash,
    category: dsrPackages.key,
  });
  if (!hold) return false;
  await recordHoldRefusal(
    tx,
    hold,
    {
      path: "RETENTION_PURGE",
      targetType: "DsrPackage",
      targetId: pkg.id,
      organizationId: pkg.organizationId,
      records: 1,
    },
    clock,
  );
  return true;
}
