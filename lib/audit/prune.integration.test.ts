// The audit pruning (ADR 0025; GDPR.md G1, G2, H1): events older than the audit-events retention period go
// only as a whole prefix of a chain behind a signed checkpoint, verification starts from that checkpoint
// and checks its signature, a legal hold keeps the chain, each run leaves evidence.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrganization } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { idsSha256 } from "../retention/evidence.ts";
import { signDocument } from "../signing/sign.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeysOfKeyring } from "../signing/published-keys.ts";
import { verifyEnvelope } from "../signing/verify.ts";
import { tamperWithAuditLog } from "../testing/audit-tamper.ts";
import { fixedClock, type Clock } from "../time/clock.ts";
import { lastVerification, verifyChainFromCheckpoint } from "./checkpoint.ts";
import { pruneAuditChains, type ChainPruneOutcome } from "./prune.ts";
import { recordAudit, SYSTEM_ACTOR } from "./record.ts";
import { PRUNE_CHECKPOINT_TYPE } from "./signed-point.ts";
import { verifyChain } from "./verify.ts";

const DAY = 86_400_000;

/** An organisation's chain: `old` events 500 days ago (past the 396-day default), `recent` from yesterday. */
async function chainWith(old: number, recent: number) {
  const org = await createOrganization();
  const now = Date.now();
  const clock = fixedClock(new Date(now - 500 * DAY));
  for (let i = 1; i <= old + recent; i++) {
    if (i === old + 1) clock.set(new Date(now - DAY));
    await recordAudit(
      {
        organizationId: org.id,
        actor: SYSTEM_ACTOR,
        action: "provider.settings.updated",
        target: { type: "Thing", id: `thing-${i}` },
        metadata: { changes: { i } },
      },
      { clock },
    );
    clock.advance(1_000);
  }
  const chain = `org:${org.id}`;
  const events = await db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" } });
  return { org, chain, events };
}

const now = (): Clock => fixedClock(new Date());

function outcomeOf(run: { chains: ChainPruneOutcome[] }, chain: string) {
  return run.chains.find((c) => c.chain === chain);
}

describe("audit pruning behind a signed checkpoint (G1, G2, H1)", () => {
  it("removes the expired prefix of a chain behind a signed checkpoint; verification starts from it (G1, H1)", async () => {
    const { org, chain, events } = await chainWith(5, 3);
    const pruned = events.slice(0, 5);

    const run = await pruneAuditChains(now());
    expect(outcomeOf(run, chain)).toEqual({ chain, outcome: "pruned", throughSeq: 5, removed: 5 });

    const left = await db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" } });
    expect(left.map((e) => e.seq)).toEqual([6, 7, 8, 9]);
    expect(left.at(-1)).toMatchObject({ action: "audit.chain.pruned", organizationId: org.id });
    expect(left.at(-1)?.metadata).toMatchObject({ chain, throughSeq: 5, removed: 5, hash: pruned[4]!.hash });

    // The checkpoint: the last removed event's seq and hash, signed.
    const checkpoint = await db.auditPruneCheckpoint.findFirstOrThrow({ where: { chain } });
    expect(checkpoint).toMatchObject({ seq: 5, hash: pruned[4]!.hash, removed: 5 });
    const signed = verifyEnvelope(checkpoint.envelope, publicKeysOfKeyring(certificateSigningKeys()));
    expect(signed).toMatchObject({
      ok: true,
      document: { type: PRUNE_CHECKPOINT_TYPE, chain, seq: 5, hash: pruned[4]!.hash },
    });

    expect(await verifyChain(chain)).toEqual({ chain, ok: true, events: 4, prunedThrough: 5 });
    expect(await verifyChainFromCheckpoint(chain, "full")).toMatchObject({
      ok: true,
      seq: 9,
      checked: 4,
      prunedThrough: 5,
    });
    // What the portal's and the console's audit pages show: the last verification and the pruned prefix.
    expect(await lastVerification(chain)).toMatchObject({ ok: true, seq: 9, prunedThrough: 5 });

    // Evidence like a retention run: period, cutoff, selector, count, time range, hash over the ids.
    const evidence = await db.retentionRun.findFirstOrThrow({
      where: { runId: run.runId, organizationId: org.id },
    });
    expect(evidence).toMatchObject({
      category: "audit-events",
      periodDays: 396,
      removed: 5,
      held: 0,
      oldestAt: pruned[0]!.createdAt,
      newestAt: pruned[4]!.createdAt,
      idsSha256: idsSha256(pruned.map((e) => e.id)),
    });
    expect(evidence.selector).toContain(`chain=${chain} seq<=5`);

    // Nothing more has expired: a second run leaves the chain alone.
    expect(outcomeOf(await pruneAuditChains(now()), chain)).toBeUndefined();
  });

  it("prunes a long prefix in batches, each behind its own signed checkpoint with its own evidence (G1, H1)", async () => {
    const { org, chain } = await chainWith(7, 1);
    const run = await pruneAuditChains(now(), { batch: 3 });
    expect(outcomeOf(run, chain)).toEqual({ chain, outcome: "pruned", throughSeq: 7, removed: 7 });
    const checkpoints = await db.auditPruneCheckpoint.findMany({ where: { chain }, orderBy: { seq: "asc" } });
    expect(checkpoints.map((c) => [c.seq, c.removed])).toEqual([
      [3, 3],
      [6, 3],
      [7, 1],
    ]);
    const runs = await db.retentionRun.findMany({
      where: { runId: run.runId, organizationId: org.id },
      orderBy: { startedAt: "asc" },
    });
    expect(runs.map((r) => r.removed).sort()).toEqual([1, 3, 3]);
    // Kept: the recent event and the three audit.chain.pruned events.
    expect(await verifyChain(chain)).toEqual({ chain, ok: true, events: 4, prunedThrough: 7 });
  });

  it("keeps the chain of an organisation under a legal hold, records the refusal, and prunes after the release (G2)", async () => {
    const { org, chain } = await chainWith(4, 1);
    const hold = await db.legalHold.create({
      data: {
        reference: `LH-${org.id.slice(-6).toUpperCase()}`,
        scope: "ORGANIZATION",
        organizationId: org.id,
        reason: "Preservation order",
        createdById: "staff-test",
        createdAt: new Date(),
      },
    });

    const run = await pruneAuditChains(now());
    expect(outcomeOf(run, chain)).toEqual({ chain, outcome: "held", holdReference: hold.reference, kept: 4 });
    expect(await db.auditEvent.count({ where: { chain } })).toBe(5);
    expect(await db.auditPruneCheckpoint.count({ where: { chain } })).toBe(0);
    expect(
      await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id, targetId: chain } }),
    ).toMatchObject({
      path: "RETENTION_PURGE",
      targetType: "AuditChain",
      records: 4,
      organizationId: org.id,
    });
    expect(
      await db.retentionRun.findFirstOrThrow({ where: { runId: run.runId, organizationId: org.id } }),
    ).toMatchObject({ removed: 0, held: 4 });

    await db.legalHold.update({
      where: { id: hold.id },
      data: { releasedAt: new Date(), releasedById: "staff-test" },
    });
    expect(outcomeOf(await pruneAuditChains(now()), chain)).toEqual({
      chain,
      outcome: "pruned",
      throughSeq: 4,
      removed: 4,
    });
    expect(await verifyChain(chain)).toMatchObject({ ok: true, prunedThrough: 4 });
  });

  it("does not prune a chain that does not verify: the broken events stay as evidence (H1)", async () => {
    const { chain, events } = await chainWith(3, 1);
    await tamperWithAuditLog(
      process.env.DATABASE_URL!,
      `UPDATE "AuditEvent" SET "actorLabel" = 'someone-else' WHERE id = $1`,
      [events[1]!.id],
    );
    expect(outcomeOf(await pruneAuditChains(now()), chain)).toMatchObject({ chain, outcome: "broken" });
    expect(await db.auditEvent.count({ where: { chain } })).toBe(4);
    expect(await db.auditPruneCheckpoint.count({ where: { chain } })).toBe(0);
  });

  it("finds a prune whose checkpoint was not signed with a published key (H1, S18)", async () => {
    const { chain, events } = await chainWith(3, 1);
    // The application's role calls the database function itself, with a key nobody published under the
    // deployment's key id: the events go, but the checkpoint stays and verification refuses it.
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const forged = signDocument(
      {
        type: PRUNE_CHECKPOINT_TYPE,
        chain,
        seq: 3,
        hash: events[2]!.hash,
        signedAt: new Date().toISOString(),
      },
      [{ keyId: certificateSigningKeys()[0]!.keyId, privateKey, publicKey, since: null }],
    );
    await db.$queryRaw`SELECT audit_prune_prefix(${chain}, 3::integer, ${JSON.stringify(forged)})`;
    expect(await db.auditEvent.count({ where: { chain } })).toBe(1);

    expect(await verifyChain(chain)).toMatchObject({
      chain,
      ok: false,
      brokenSeq: 3,
      brokenEventId: null,
      reason: expect.stringMatching(
        /prune checkpoint at #3: its signature does not verify \(bad_signature\)/,
      ),
    });
    expect(await verifyChainFromCheckpoint(chain, "full")).toMatchObject({ ok: false, brokenSeq: 3 });
  });
});
