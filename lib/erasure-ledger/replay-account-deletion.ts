import "server-only";
// Re-applies an account deletion from the ledger to a restored database (ADR 0034): in one transaction, the
// holds are asked as the closure run asks them (a hold makes the closure HELD and records the refusal), the
// organisation is deleted by the same function (lib/account-closure/delete-organization.ts), and the restored
// closure gets its completion and the signed certificate it was issued (unsealed from the ledger). The
// certificate was emailed to the owners when it was issued: nobody is emailed again. Then the
// organisation's export files go, as after the original deletion.
import { holdClosure } from "../account-closure/run-closures.ts";
import { deleteOrganization } from "../account-closure/delete-organization.ts";
import { removeOrganizationExportFiles } from "../account-closure/export-files.ts";
import { open } from "../crypto/secret-box.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { holdsBlocking } from "../legal-holds/blocking.ts";
import { recordHoldRefusal } from "../legal-holds/refusal.ts";
import type { Clock } from "../time/clock.ts";
import { certificateSealContext, type AccountDeletionEntry } from "./entry.ts";
import type { ReplayOutcome } from "./replay-outcome.ts";

export async function replayAccountDeletion(
  entry: AccountDeletionEntry,
  clock: Clock,
): Promise<ReplayOutcome> {
  const certificate = open(entry.certificateSealed, certificateSealContext(entry.closureId));
  if (sha256Hex(Buffer.from(certificate, "utf8")) !== entry.certificateSha256)
    throw new Error(`Ledger entry ${entry.id}: the certificate does not match its SHA-256`);
  const outcome = await db.$transaction(
    async (tx): Promise<ReplayOutcome> => {
      const organization = await tx.organization.findUnique({
        where: { id: entry.organizationId },
        select: { id: true },
      });
      if (!organization) return { outcome: "already_applied", tasks: 0 };
      const closure = await tx.accountClosure.findUnique({
        where: { id: entry.closureId },
        select: { id: true, reference: true, organizationId: true },
      });
      const [blocking] = await holdsBlocking(tx, { organizationId: entry.organizationId });
      if (blocking) {
        if (closure) await holdClosure(tx, closure, blocking, clock);
        else
          await recordHoldRefusal(
            tx,
            blocking,
            {
              path: "ACCOUNT_DELETION",
              targetType: "AccountClosure",
              targetId: entry.closureId,
              organizationId: entry.organizationId,
              records: 1,
            },
            clock,
          );
        return { outcome: "held", tasks: 0, hold: blocking.reference };
      }
      await deleteOrganization(tx, entry.organizationId);
      if (closure)
        await tx.accountClosure.update({
          where: { id: closure.id },
          data: {
            status: "COMPLETED",
            completedAt: new Date(entry.at),
            certificate,
            certificateSha256: entry.certificateSha256,
            heldByReference: null,
            lastError: null,
          },
        });
      return { outcome: "applied", tasks: 0 };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  if (outcome.outcome === "applied") await removeOrganizationExportFiles(entry.organizationId);
  return outcome;
}
