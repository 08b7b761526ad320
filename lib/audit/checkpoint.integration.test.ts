// Verification checkpoints (SECURITY.md S18, S24): a verification continues after the last event that
// verified instead of re-reading the whole chain; edits after the checkpoint are found by the next one,
// edits before it by a full verification, and the newest verified events cannot vanish unnoticed.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOrganization } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { tamperWithAuditLog } from "../testing/audit-tamper.ts";
import { fixedClock } from "../time/clock.ts";
import { lastVerification, verifyChainFromCheckpoint, verifyChainsInBackground } from "./checkpoint.ts";
import { eventHash } from "./hash.ts";
import { recordAudit } from "./record.ts";
import { verifyChain } from "./verify.ts";

const hashed = vi.hoisted(() => ({ events: 0 }));
vi.mock("./hash.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./hash.ts")>();
  return {
    ...real,
    eventHash: (...args: Parameters<typeof real.eventHash>) => {
      hashed.events++;
      return real.eventHash(...args);
    },
  };
});

const clock = fixedClock("2026-11-23T10:00:00.000Z");

beforeEach(() => {
  hashed.events = 0;
});

/** An organisation's chain of its own with `count` events; more can be appended. */
async function chainWith(count: number) {
  const org = await createOrganization();
  const append = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await recordAudit(
        {
          organizationId: org.id,
          actor: { userId: null, label: "checkpoint test" },
          action: "org.security_policy.updated",
          metadata: { i },
        },
        { clock },
      );
    }
  };
  await append(count);
  const chain = `org:${org.id}`;
  const eventAt = (seq: number) => db.auditEvent.findUniqueOrThrow({ where: { chain_seq: { chain, seq } } });
  const tamper = (sql: string, seq: number) =>
    tamperWithAuditLog(process.env.DATABASE_URL!, sql, [chain, seq]);
  return { chain, append, eventAt, tamper };
}

describe("verification checkpoints (S18, S24)", () => {
  it("a verification reads only the events after the checkpoint (S24)", async () => {
    const { chain, append } = await chainWith(40);
    expect(await lastVerification(chain)).toBeNull();
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject({
      ok: true,
      seq: 40,
      checked: 40,
      verifiedAt: clock.now(),
      fullyVerifiedAt: clock.now(), // the first verification starts at the first event
    });

    await append(3);
    clock.advance(60_000);
    hashed.events = 0;
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject({
      ok: true,
      seq: 43,
      checked: 3,
      verifiedAt: clock.now(),
    });
    expect(hashed.events, "the three new events and the checkpoint's own").toBeLessThanOrEqual(4);
    expect(await lastVerification(chain)).toMatchObject({ ok: true, seq: 43, verifiedAt: clock.now() });
  });

  it("finds an edit after the checkpoint at the next verification (S18)", async () => {
    const { chain, append, eventAt, tamper } = await chainWith(5);
    await verifyChainFromCheckpoint(chain, "new", clock);
    await append(3);
    await tamper(`UPDATE "AuditEvent" SET "actorLabel" = 'forged' WHERE chain = $1 AND seq = $2`, 7);
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject({
      ok: false,
      seq: 6,
      brokenSeq: 7,
      brokenEventId: (await eventAt(7)).id,
      reason: expect.stringMatching(/altered/),
    });
  });

  it("finds an edit before the checkpoint by a full verification, and keeps reporting it (S18)", async () => {
    const { chain, eventAt, tamper } = await chainWith(6);
    await verifyChainFromCheckpoint(chain, "new", clock);
    await tamper(`UPDATE "AuditEvent" SET "actorLabel" = 'forged' WHERE chain = $1 AND seq = $2`, 2);
    // Events before the checkpoint are trusted by a "new" verification…
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject({ ok: true, seq: 6 });
    // …and found by a full one, as by `npm run audit:verify`.
    expect(await verifyChain(chain)).toMatchObject({ ok: false, brokenSeq: 2 });
    const broken = { ok: false, seq: 1, brokenSeq: 2, brokenEventId: (await eventAt(2)).id };
    expect(await verifyChainFromCheckpoint(chain, "full", clock)).toMatchObject(broken);
    // The checkpoint moved back before the edit: the next "new" verification finds it again.
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject(broken);
    expect(await lastVerification(chain)).toMatchObject(broken);
  });

  it("notices the newest verified events being deleted, which the chain alone cannot show (S18)", async () => {
    const { chain, tamper } = await chainWith(5);
    await verifyChainFromCheckpoint(chain, "new", clock);
    await tamper(`DELETE FROM "AuditEvent" WHERE chain = $1 AND seq >= $2`, 4);
    expect(await verifyChain(chain)).toMatchObject({ ok: true, events: 3 }); // the hash chain still holds
    const missing = { ok: false, seq: 5, brokenSeq: 5, brokenEventId: null };
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject({
      ...missing,
      reason: expect.stringMatching(/missing/),
    });
    // A full verification does not forget it either.
    expect(await verifyChainFromCheckpoint(chain, "full", clock)).toMatchObject(missing);
  });

  it("notices the checkpoint's own event being rewritten with a recomputed hash (S18)", async () => {
    const { chain, eventAt } = await chainWith(3);
    await verifyChainFromCheckpoint(chain, "new", clock);
    // A forger rewrites the newest event and its hash: no later event names the old hash.
    const forged = { ...(await eventAt(3)), actorLabel: "forged" };
    await tamperWithAuditLog(
      process.env.DATABASE_URL!,
      `UPDATE "AuditEvent" SET "actorLabel" = $2, hash = $3 WHERE id = $1`,
      [forged.id, forged.actorLabel, eventHash(forged)],
    );
    expect(await verifyChain(chain)).toMatchObject({ ok: true, events: 3 }); // the hash chain still holds
    expect(await verifyChainFromCheckpoint(chain, "new", clock)).toMatchObject({
      ok: false,
      brokenSeq: 3,
      brokenEventId: (await eventAt(3)).id,
    });
  });

  it("in the background, verifies each chain from its checkpoint and in full once a day (S18)", async () => {
    const { chain, append } = await chainWith(4);
    const start = fixedClock("2026-11-24T10:00:00.000Z");
    const broken = await verifyChainsInBackground(start); // (other tests' chains were tampered with)
    expect(broken.filter((b) => b.chain === chain)).toEqual([]);
    expect(await lastVerification(chain)).toMatchObject({ ok: true, seq: 4, fullyVerifiedAt: start.now() });

    await append(2);
    start.advance(5 * 60_000);
    await verifyChainsInBackground(start);
    expect(await lastVerification(chain)).toMatchObject({
      seq: 6,
      verifiedAt: start.now(),
      fullyVerifiedAt: new Date("2026-11-24T10:00:00.000Z"),
    });

    start.advance(24 * 60 * 60_000);
    await verifyChainsInBackground(start);
    expect(await lastVerification(chain)).toMatchObject({ seq: 6, fullyVerifiedAt: start.now() });
  });
});
