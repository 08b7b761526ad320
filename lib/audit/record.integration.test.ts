import pg from "pg";
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

  it("refuses UPDATE, DELETE and TRUNCATE from the application (its role has no such right) and from the owner (the triggers)", async () => {
    const { id } = await recordAudit({ actor: SYSTEM_ACTOR, action: "auth.sign_out" });
    // The application's role (ADR 0025): refused before any trigger runs.
    await expect(db.auditEvent.update({ where: { id }, data: { action: "test.forged" } })).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.auditEvent.delete({ where: { id } })).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    // The owner: the append-only triggers refuse while they are enabled.
    const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      for (const sql of [
        `UPDATE "AuditEvent" SET action = 'test.forged' WHERE id = $1`,
        `DELETE FROM "AuditEvent" WHERE id = $1`,
      ])
        await expect(owner.query(sql, [id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
    expect(await db.auditEvent.findUnique({ where: { id }, select: { action: true } })).toEqual({
      action: "auth.sign_out",
    });
  });
});
