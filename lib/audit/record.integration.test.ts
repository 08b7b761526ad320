import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { recordAudit, SYSTEM_ACTOR } from "./record.ts";
import { verifyChain } from "./verify.ts";

describe("audit log (H1, S17, S18)", () => {
  it("never forks a chain under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordAudit({ actor: SYSTEM_ACTOR, action: "auth.session.revoked_others", metadata: { count: i } }),
      ),
    );
    const seqs = (
      await db.auditEvent.findMany({
        where: { chain: "provider" },
        select: { seq: true },
        orderBy: { seq: "asc" },
      })
    ).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await verifyChain("provider")).toEqual({ chain: "provider", ok: true, events: 40 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the application", async () => {
    const { id } = await recordAudit({ actor: SYSTEM_ACTOR, action: "auth.sign_out" });
    await expect(db.auditEvent.update({ where: { id }, data: { action: "test.forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUnique({ where: { id }, select: { action: true } })).toEqual({
      action: "auth.sign_out",
    });
  });
});
