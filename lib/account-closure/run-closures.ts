import "server-only";
// The deletion of closed accounts (D4, G2; ADR 0024), run by the closure job (lib/jobs/account-closure-jobs.ts)
// every five minutes and on request. Each due closure advances as far as it can:
// 1. SCHEDULED (export window over) or HELD: a legal hold on the organisation refuses the deletion — the
//    closure is HELD, the refusal recorded (HoldRefusal, path ACCOUNT_DELETION; releasing the hold requests
//    a run, lib/legal-holds/release.ts); otherwise the deletion starts (DELETING, no longer cancellable): the
//    owners and the connected systems holding the organisation's data are recorded.
// 2. DELETING: a hold placed since the start makes it HELD again; else every connected system not yet final
//    is asked once (./ask-systems.ts; a MANUAL system waits for staff, ./confirm-system.ts). When all have answered, one
//    transaction checks the holds again, deletes the organisation (./delete-organization.ts), signs the
//    certificate, stores it, emails it to every former owner, audits the end in both chains and appends it to
//    the erasure ledger (ADR 0034). Then the organisation's export files are deleted.
// Idempotent: every step is guarded by the closure's status; a run that dies midway is taken up by the next.
import { randomUUID } from "node:crypto";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import { seal } from "../crypto/secret-box.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db, type Tx } from "../db/client.ts";
import { certificateSealContext } from "../erasure-ledger/entry.ts";
import { appendLedgerEntry } from "../erasure-ledger/ledger-file.ts";
import { holdsBlocking, type BlockingHold } from "../legal-holds/blocking.ts";
import { recordHoldRefusal } from "../legal-holds/refusal.ts";
import { envelopeFile } from "../signing/envelope.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeyListUrl } from "../signing/public-key-list.ts";
import { signDocument } from "../signing/sign.ts";
import type { Clock } from "../time/clock.ts";
import { askSystems } from "./ask-systems.ts";
import { emailCertificate } from "./certificate-email.ts";
import { deletionCertificate, type ClosureSystemFacts } from "./certificate.ts";
import { deleteOrganization } from "./delete-organization.ts";
import { removeOrganizationExportFiles } from "./export-files.ts";
import { ownersOf, parseOwners } from "./owners.ts";

export type ClosureStep = "held" | "started" | "waiting" | "completed" | "skipped" | "failed";

export async function runDueClosures(
  clock: Clock,
  options: { timeoutMs?: number } = {},
): Promise<{ id: string; step: ClosureStep }[]> {
  const now = clock.now();
  const due = await db.accountClosure.findMany({
    where: {
      OR: [{ status: { in: ["SCHEDULED", "HELD"] }, deleteAfter: { lte: now } }, { status: "DELETING" }],
    },
    orderBy: { requestedAt: "asc" },
    select: { id: true },
  });
  const steps: { id: string; step: ClosureStep }[] = [];
  for (const { id } of due) {
    try {
      let step = await startOrHold(id, clock);
      if (step === "started" || step === "skipped") step = await finishDeletion(id, clock, options);
      steps.push({ id, step });
    } catch (error) {
      // One closure's failure (for staff, on /admin/closures) does not stop the others; the next run retries.
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[account-closure] ${id}:`, error);
      await db.accountClosure.update({ where: { id }, data: { lastError: reason.slice(0, 500) } });
      steps.push({ id, step: "failed" });
    }
  }
  return steps;
}

const refusalOf = (closure: { id: string; organizationId: string }) => ({
  path: "ACCOUNT_DELETION" as const,
  targetType: "AccountClosure",
  targetId: closure.id,
  organizationId: closure.organizationId,
  records: 1,
});

/** A legal hold refuses the deletion: the closure is HELD and the refusal recorded (audited once per hold). */
export async function holdClosure(
  tx: Tx,
  closure: { id: string; reference: string; organizationId: string },
  blocking: BlockingHold,
  clock: Clock,
): Promise<"held"> {
  await tx.accountClosure.update({
    where: { id: closure.id },
    data: { status: "HELD", heldByReference: blocking.reference, heldAt: clock.now() },
  });
  const { first } = await recordHoldRefusal(tx, blocking, refusalOf(closure), clock);
  if (first)
    await recordAudit(
      {
        organizationId: null,
        actor: SYSTEM_ACTOR,
        action: "org.closure.held",
        target: { type: "AccountClosure", id: closure.id },
        metadata: { closureId: closure.id, reference: closure.reference, hold: blocking.reference },
      },
      { tx, clock },
    );
  return "held";
}

/** SCHEDULED/HELD → HELD (a hold applies) or DELETING; anything else is left as it is ("skipped"). */
async function startOrHold(id: string, clock: Clock): Promise<ClosureStep> {
  return db.$transaction(async (tx) => {
    const closure = await tx.accountClosure.findUniqueOrThrow({
      where: { id },
      select: { id: true, reference: true, status: true, organizationId: true },
    });
    if (closure.status !== "SCHEDULED" && closure.status !== "HELD") return "skipped";
    const [blocking] = await holdsBlocking(tx, { organizationId: closure.organizationId });
    if (blocking) return holdClosure(tx, closure, blocking, clock);
    const now = clock.now();
    const started = await tx.accountClosure.updateMany({
      where: { id, status: { in: ["SCHEDULED", "HELD"] } },
      data: {
        status: "DELETING",
        startedAt: now,
        heldByReference: null,
        owners: await ownersOf(tx, closure.organizationId),
      },
    });
    if (started.count === 0) return "skipped";
    const links = await tx.organizationSystem.findMany({
      where: { organizationId: closure.organizationId },
      select: { dataSystem: { select: { id: true, key: true, name: true, connector: true } } },
    });
    await tx.accountClosureSystem.createMany({
      data: links.map(({ dataSystem }) => ({
        closureId: id,
        dataSystemId: dataSystem.id,
        systemKey: dataSystem.key,
        systemName: dataSystem.name,
        connector: dataSystem.connector,
        idempotencyKey: randomUUID(),
      })),
      skipDuplicates: true,
    });
    const event = {
      actor: SYSTEM_ACTOR,
      action: "org.closure.deletion_started" as const,
      target: { type: "AccountClosure", id },
      metadata: { closureId: id, reference: closure.reference, systems: links.length },
    };
    await recordAudit({ ...event, organizationId: closure.organizationId }, { tx, clock });
    await recordAudit({ ...event, organizationId: null }, { tx, clock });
    return "started";
  });
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** DELETING: asks the systems; when all have answered, deletes the organisation and issues the certificate. */
async function finishDeletion(
  id: string,
  clock: Clock,
  options: { timeoutMs?: number },
): Promise<ClosureStep> {
  const closure = await db.accountClosure.findUniqueOrThrow({ where: { id } });
  if (closure.status !== "DELETING" || !closure.startedAt) return "skipped";
  // A hold placed after the start stops the systems being asked too, not only Article28's own deletion.
  const held = await db.$transaction(async (tx) => {
    const [blocking] = await holdsBlocking(tx, { organizationId: closure.organizationId });
    return blocking ? holdClosure(tx, closure, blocking, clock) : null;
  });
  if (held) return held;
  if (!(await askSystems(closure, clock, options))) return "waiting";
  const startedAt = closure.startedAt;
  const step = await db.$transaction(
    async (tx): Promise<ClosureStep> => {
      const [blocking] = await holdsBlocking(tx, { organizationId: closure.organizationId });
      if (blocking) return holdClosure(tx, closure, blocking, clock);
      const claimed = await tx.accountClosure.updateMany({
        where: { id, status: "DELETING" },
        data: { lastError: null },
      });
      if (claimed.count === 0) return "skipped";
      const completedAt = clock.now();
      const deleted = await deleteOrganization(tx, closure.organizationId);
      const systems = await tx.accountClosureSystem.findMany({
        where: { closureId: id },
        orderBy: { systemKey: "asc" },
      });
      const facts: ClosureSystemFacts[] = systems.map((s) => ({
        key: s.systemKey,
        name: s.systemName,
        connector: s.connector,
        status: s.status,
        records: s.records,
        tables: s.tables,
        firstAskedAt: iso(s.firstAskedAt),
        answeredAt: iso(s.answeredAt),
        ground: s.ground,
        blockedUntil: iso(s.blockedUntil),
        error: s.error,
        confirmedBy: s.confirmedByName,
        evidence: s.evidence,
      }));
      const provider = await tx.providerSettings.findFirst({ select: { legalName: true } });
      const certificate = deletionCertificate({
        provider: provider?.legalName ?? "",
        closure: { ...closure, startedAt },
        completedAt,
        deleted,
        systems: facts,
        publicKeys: publicKeyListUrl(),
      });
      const file = envelopeFile(signDocument(certificate, certificateSigningKeys())).toString("utf8");
      const certificateSha256 = sha256Hex(Buffer.from(file, "utf8"));
      await tx.accountClosure.update({
        where: { id },
        data: { status: "COMPLETED", completedAt, certificate: file, certificateSha256 },
      });
      const records = deleted.removed.reduce((n, r) => n + r.records, 0);
      const event = {
        actor: SYSTEM_ACTOR,
        action: "org.closure.completed" as const,
        target: { type: "AccountClosure", id },
        metadata: {
          closureId: id,
          reference: closure.reference,
          organizationId: closure.organizationId,
          records,
          systems: systems.length,
          certificateSha256,
        },
      };
      // The organisation's chain outlives it (until the audit pruning): its last event says what happened.
      await recordAudit({ ...event, organizationId: closure.organizationId }, { tx, clock });
      await recordAudit({ ...event, organizationId: null }, { tx, clock });
      await emailCertificate(tx, closure, parseOwners(closure.owners), completedAt, file);
      // Last: on the erasure ledger before the deletion commits; a failed append rolls it back (ADR 0034).
      appendLedgerEntry({
        v: 1,
        id: randomUUID(),
        kind: "account-deletion",
        at: completedAt.toISOString(),
        organizationId: closure.organizationId,
        closureId: id,
        certificateId: closure.reference,
        certificateSha256,
        certificateSealed: seal(file, certificateSealContext(id)),
      });
      return "completed";
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  if (step === "completed") await removeOrganizationExportFiles(closure.organizationId);
  return step;
}
