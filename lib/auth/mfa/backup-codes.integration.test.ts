// Backup codes (SECURITY.md S5): stored hashed, each works once, parallel use gives one success, a new
// set voids the old one.
import { describe, expect, it, vi } from "vitest";
import { db } from "../../db/client.ts";
import { fixedClock } from "../../time/clock.ts";
import { normalizeBackupCode } from "./backup-code-format.ts";
import { consumeBackupCode, hashBackupCode, remainingBackupCodes } from "./backup-codes.ts";
import { regenerateBackupCodes } from "./manage.ts";
import { enableTotp, signedIn } from "./mfa-test-kit.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

async function enrolled() {
  const clock = fixedClock("2026-11-23T09:00:05.000Z");
  const { ctx } = await signedIn(clock);
  const enabled = await enableTotp(ctx);
  return { clock, ...enabled };
}

describe("backup codes (S5)", () => {
  it("issues ten distinct codes and stores only their hashes", async () => {
    const { actor, backupCodes } = await enrolled();
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    const rows = await db.backupCode.findMany({ where: { userId: actor.userId } });
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.codeHash).sort()).toEqual(
      backupCodes.map((c) => hashBackupCode(actor.userId, normalizeBackupCode(c)!)).sort(),
    );
    const stored = JSON.stringify(await db.$queryRaw`SELECT * FROM "BackupCode"`);
    for (const code of backupCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(normalizeBackupCode(code)!);
    }
  });

  it("accepts a code once, in any case and spacing; the second use is refused", async () => {
    const { actor, backupCodes, clock } = await enrolled();
    const code = backupCodes[3]!;
    expect(await consumeBackupCode(db, actor.userId, code.toLowerCase().replace(/-/g, " "), clock)).toBe(
      true,
    );
    expect(await consumeBackupCode(db, actor.userId, code, clock)).toBe(false);
    expect(await remainingBackupCodes(actor.userId)).toBe(9);
    const used = await db.backupCode.findMany({ where: { userId: actor.userId, usedAt: { not: null } } });
    expect(used).toHaveLength(1);
    expect(used[0]!.usedAt).toEqual(clock.now());
  });

  it("gives exactly one success when one code is used eight times in parallel", async () => {
    const { actor, backupCodes, clock } = await enrolled();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => consumeBackupCode(db, actor.userId, backupCodes[0]!, clock)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await remainingBackupCodes(actor.userId)).toBe(9);
  });

  it("refuses another user's code and input that is not a code", async () => {
    const { backupCodes, clock } = await enrolled();
    const other = await enrolled();
    expect(await consumeBackupCode(db, other.actor.userId, backupCodes[0]!, clock)).toBe(false);
    expect(await consumeBackupCode(db, other.actor.userId, "not-a-code", clock)).toBe(false);
    expect(await remainingBackupCodes(other.actor.userId)).toBe(10);
  });

  it("regenerating voids the whole old set, used and unused (S5)", async () => {
    const { actor, ctx, backupCodes, clock } = await enrolled();
    expect(await consumeBackupCode(db, actor.userId, backupCodes[0]!, clock)).toBe(true);
    const fresh = await regenerateBackupCodes(ctx);
    expect(fresh.backupCodes).toHaveLength(10);
    for (const old of backupCodes) expect(await consumeBackupCode(db, actor.userId, old, clock)).toBe(false);
    expect(await db.backupCode.count({ where: { userId: actor.userId } })).toBe(10);
    expect(await consumeBackupCode(db, actor.userId, fresh.backupCodes[9]!, clock)).toBe(true);
  });
});
