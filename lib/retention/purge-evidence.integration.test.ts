// The purge's evidence outlives a worker killed half-way (GDPR.md G1): each batch commits with the evidence
// of what it removed, so when the run dies before its category is done (here: while the held organisation's
// refusal is recorded, the last step) every removed row is still accounted for, batch by batch, with the
// hash of its ids. Times are relative to the test's clock (now), never fixed dates.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { createHold } from "../legal-holds/create.ts";
import { createHoldInput } from "../legal-holds/input.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { idsSha256 } from "./evidence.ts";
import { runRetentionPurge } from "./purge.ts";

vi.mock("../legal-holds/refusal.ts", () => ({
  recordHoldRefusal: async () => {
    throw new Error("worker killed");
  },
}));

const DAY = 86_400_000;
const clock = fixedClock(new Date());
const ago = (days: number) => new Date(clock.now().getTime() - days * DAY);

let acme: { id: string };
let globex: { id: string };

async function sentEmail(organizationId: string, daysAgo: number) {
  return db.outboxEmail.create({
    data: {
      idempotencyKey: `retention-crash-${Math.random().toString(36).slice(2)}`,
      organizationId,
      toAddress: "someone@example.test",
      subject: "Hello",
      textBody: "Hello",
      status: "SENT",
      sentAt: ago(daysAgo),
      createdAt: ago(daysAgo),
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  acme = await createOrganization({ name: "Acme Crash AG" });
  globex = await createOrganization({ name: "Globex Crash GmbH" });
});

describe("a purge killed before its category is done", () => {
  it("G1: leaves the evidence of every batch it removed, each with the hash of its ids", async () => {
    const removed = [await sentEmail(acme.id, 500), await sentEmail(acme.id, 450)];
    const held = await sentEmail(globex.id, 500);
    const staff = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
    await createHold(
      staff,
      createHoldInput.parse({ scope: "ORGANIZATION", organizationId: globex.id, reason: "Inquiry 7/26" }),
    );

    await expect(runRetentionPurge(clock, { categories: ["outbox-emails"], batchSize: 1 })).rejects.toThrow(
      "worker killed",
    );

    expect(await db.outboxEmail.count({ where: { id: { in: removed.map((e) => e.id) } } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { id: held.id } })).toBe(1);
    const evidence = await db.retentionRun.findMany({
      where: { organizationId: acme.id, category: "outbox-emails" },
      orderBy: { oldestAt: "asc" },
    });
    expect(
      evidence.map((e) => ({ removed: e.removed, idsSha256: e.idsSha256, oldestAt: e.oldestAt })),
    ).toEqual([
      { removed: 1, idsSha256: idsSha256([removed[0]!.id]), oldestAt: ago(500) },
      { removed: 1, idsSha256: idsSha256([removed[1]!.id]), oldestAt: ago(450) },
    ]);
    expect(new Set(evidence.map((e) => e.runId)).size).toBe(1);
    expect(await db.retentionRun.count({ where: { organizationId: globex.id } })).toBe(0);
  });
});
