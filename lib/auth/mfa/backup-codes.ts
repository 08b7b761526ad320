import "server-only";
// Backup codes (S5): issued in sets of ten, stored only as hashes, each usable once, and a new set voids
// the old one. Hashing: SHA-256 of (user id, code). A code carries 80 bits from the CSPRNG, so a
// stolen hash cannot be reversed by guessing, and a fast hash lets us look the code up by its hash in
// one conditional UPDATE (argon2 would need ten slow verifications per attempt and a read-then-write).
import { createHash } from "node:crypto";
import { db, type Tx } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { BACKUP_CODE_COUNT, newBackupCode, normalizeBackupCode } from "./backup-code-format.ts";

export function hashBackupCode(userId: string, normalizedCode: string): string {
  return createHash("sha256").update(`article28-backup-code:v1:${userId}:${normalizedCode}`).digest("hex");
}

/** Voids every existing code of the user and stores a new set; returns the codes to show once. */
export async function replaceBackupCodes(
  tx: Tx,
  userId: string,
  clock: Clock = systemClock,
): Promise<string[]> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
  await tx.backupCode.deleteMany({ where: { userId } });
  await tx.backupCode.createMany({
    data: codes.map((code) => ({
      userId,
      codeHash: hashBackupCode(userId, normalizeBackupCode(code)!),
      createdAt: clock.now(),
    })),
  });
  return codes;
}

/**
 * Uses one backup code, atomically: the UPDATE only matches an unused code, so of two requests with the
 * same code exactly one succeeds. Returns whether the code was accepted.
 */
export async function consumeBackupCode(
  client: Tx,
  userId: string,
  code: string,
  clock: Clock = systemClock,
): Promise<boolean> {
  const normalized = normalizeBackupCode(code);
  if (!normalized) return false;
  const used = await client.$executeRaw`
    UPDATE "BackupCode" SET "usedAt" = ${clock.now()}
    WHERE "userId" = ${userId} AND "codeHash" = ${hashBackupCode(userId, normalized)} AND "usedAt" IS NULL`;
  return used === 1;
}

export async function remainingBackupCodes(userId: string, client: Tx = db): Promise<number> {
  return client.backupCode.count({ where: { userId, usedAt: null } });
}
