import { describe, expect, it } from "vitest";
import { createOrganization } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { fixedClock } from "../time/clock.ts";
import { recordAuditBatch } from "./record-batch.ts";
import { recordAudit, SYSTEM_ACTOR } from "./record.ts";
import { verifyAllChains } from "./verify.ts";

describe("batched audit appends (S18)", () => {
  it("continues every chain it touches, interleaved with single appends and a concurrent batch, and every chain verifies", async () => {
    const [a, b] = await Promise.all([createOrganization(), createOrganization()]);
    await recordAudit({ organizationId: a.id, actor: SYSTEM_ACTOR, action: "auth.sign_out" });
    const batch = (n: number) =>
      [a.id, b.id, null].flatMap((organizationId) =>
        Array.from({ length: n }, (_, i) => ({
          organizationId,
          actor: SYSTEM_ACTOR,
          action: "auth.session.revoked_others" as const,
          metadata: { count: i },
        })),
      );
    await Promise.all([
      db.$transaction((tx) => recordAuditBatch(tx, batch(3), fixedClock("2026-06-01T10:00:00Z"))),
      db.$transaction((tx) => recordAuditBatch(tx, batch(2))),
      recordAudit({ organizationId: b.id, actor: SYSTEM_ACTOR, action: "auth.sign_out" }),
    ]);

    for (const [organizationId, expected] of [
      [a.id, 6],
      [b.id, 6],
    ] as const) {
      const seqs = (
        await db.auditEvent.findMany({
          where: { organizationId },
          select: { seq: true },
          orderBy: { seq: "asc" },
        })
      ).map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    }
    expect(
      await db.auditEvent.count({
        where: {
          organizationId: a.id,
          action: "auth.session.revoked_others",
          createdAt: new Date("2026-06-01T10:00:00Z"),
        },
      }),
    ).toBe(3);
    const reports = await verifyAllChains();
    expect(reports.filter((r) => !r.ok)).toEqual([]);
  });
});
