// The provider chain's inbox (ADR 0022): events queued in their step's transaction, appended after the
// commit under one lock, in inbox order, interleaved with direct appends, and the chain verifies (S18).
import { describe, expect, it } from "vitest";
import { createOrganization } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { fixedClock } from "../time/clock.ts";
import { chainFor } from "./hash.ts";
import { appendProviderInbox, drainProviderInbox, queueProviderEvents } from "./provider-inbox.ts";
import { recordAuditBatch } from "./record-batch.ts";
import { recordAudit, SYSTEM_ACTOR } from "./record.ts";
import { verifyAllChains } from "./verify.ts";

const PROVIDER = chainFor(null);
// 22 transactions at once may queue for a pooled connection longer than Prisma's default 2 s on a busy
// machine; the app's own steps wait up to 30 s the same way (lib/dsr/connectors/apply-result.ts).
const WAIT_FOR_A_CONNECTION = { maxWait: 30_000 };

const event = (n: number) => ({
  organizationId: null,
  actor: SYSTEM_ACTOR,
  action: "auth.session.revoked_others" as const,
  metadata: { count: n },
  request: { ip: "192.0.2.9", userAgent: "inbox test", requestId: `req-${n}` },
});

async function providerEvents() {
  return db.auditEvent.findMany({
    where: { chain: PROVIDER },
    orderBy: { seq: "asc" },
    select: { seq: true, action: true, metadata: true, ip: true, requestId: true, createdAt: true },
  });
}

describe("the provider chain's inbox (ADR 0022, S18)", () => {
  it("appends queued events once their transaction committed, with the step's time, and empties the inbox", async () => {
    const before = (await providerEvents()).length;
    await db.$transaction((tx) =>
      queueProviderEvents(tx, [event(1), event(2)], fixedClock("2026-06-01T10:00:00Z")),
    );
    expect(await db.auditInbox.count()).toBe(2);
    await appendProviderInbox();
    expect(await db.auditInbox.count()).toBe(0);
    const events = (await providerEvents()).slice(before);
    expect(events).toMatchObject([
      { seq: before + 1, metadata: { count: 1 }, ip: "192.0.2.9", requestId: "req-1" },
      { seq: before + 2, metadata: { count: 2 }, requestId: "req-2" },
    ]);
    expect(events[0]!.createdAt.toISOString()).toBe("2026-06-01T10:00:00.000Z");
    expect((await verifyAllChains()).every((report) => report.ok)).toBe(true);
  });

  it("keeps one unbroken chain under concurrent steps, direct appends and batches in both modes", async () => {
    const org = await createOrganization();
    const before = (await providerEvents()).length;
    await Promise.all([
      ...Array.from({ length: 20 }, async (_, i) => {
        await db.$transaction(
          (tx) =>
            recordAuditBatch(
              tx,
              [event(100 + i), { ...event(100 + i), organizationId: org.id }],
              undefined,
              "inbox",
            ),
          WAIT_FOR_A_CONNECTION,
        );
        await appendProviderInbox();
      }),
      ...Array.from({ length: 5 }, (_, i) => recordAudit(event(200 + i))),
      db.$transaction((tx) => recordAuditBatch(tx, [event(300), event(301)]), WAIT_FOR_A_CONNECTION),
    ]);
    expect(await db.auditInbox.count()).toBe(0);
    const events = (await providerEvents()).slice(before);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 27 }, (_, i) => before + i + 1));
    const counts = events.map((e) => (e.metadata as { count: number }).count).sort((a, b) => a - b);
    expect(counts).toEqual([
      ...Array.from({ length: 20 }, (_, i) => 100 + i),
      ...Array.from({ length: 5 }, (_, i) => 200 + i),
      300,
      301,
    ]);
    // The organisation's copies went to its chain at once, as before.
    expect(await db.auditEvent.count({ where: { organizationId: org.id } })).toBe(20);
    expect((await verifyAllChains()).every((report) => report.ok)).toBe(true);
  });

  it("leaves nothing behind when a writer never drains: the next drain (the minute job) appends it", async () => {
    await db.$transaction((tx) => queueProviderEvents(tx, [event(400)]));
    expect(await drainProviderInbox()).toBe(1);
    expect(await drainProviderInbox()).toBe(0);
    expect((await providerEvents()).at(-1)).toMatchObject({ metadata: { count: 400 } });
  });

  it("holds provider-chain events only", async () => {
    const org = await createOrganization();
    await expect(
      db.$transaction((tx) => queueProviderEvents(tx, [{ ...event(1), organizationId: org.id }])),
    ).rejects.toThrow();
  });

  it("a rolled-back step leaves no event", async () => {
    const before = await db.auditInbox.count();
    await expect(
      db.$transaction(async (tx) => {
        await queueProviderEvents(tx, [event(500)]);
        throw new Error("the step failed");
      }),
    ).rejects.toThrow("the step failed");
    expect(await db.auditInbox.count()).toBe(before);
  });
});
