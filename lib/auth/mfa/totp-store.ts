import "server-only";
// Where a user's TOTP secret lives: sealed with AES-256-GCM (lib/crypto/secret-box.ts) under the
// context "totp:<userId>", so the database never holds it in clear and a sealed value copied to another
// user does not open (S4). Accepting a code records its time step with one conditional UPDATE, so a
// code is used once even when two requests race with it.
import { open, seal } from "../../crypto/secret-box.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { matchTotpCode } from "./totp.ts";

const contextFor = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(userId: string, secret: string): string {
  return seal(secret, contextFor(userId));
}

export function openTotpSecret(userId: string, sealed: string): string {
  return open(sealed, contextFor(userId));
}

/**
 * Accepts a code from the user's enabled authenticator exactly once: it must be valid now (one step of
 * drift) and belong to a later time step than any code accepted before (S4). Returns whether it did.
 */
export async function consumeTotpCode(
  userId: string,
  code: string,
  clock: Clock = systemClock,
): Promise<boolean> {
  const credential = await db.credential.findUnique({
    where: { userId },
    select: { totpSecretEnc: true, totpEnabledAt: true, totpLastTimeStep: true },
  });
  if (!credential?.totpSecretEnc || !credential.totpEnabledAt) return false;
  const step = await matchTotpCode(openTotpSecret(userId, credential.totpSecretEnc), code, {
    clock,
    afterTimeStep: credential.totpLastTimeStep,
  });
  if (step === null) return false;
  // Compare-and-set: of two requests with the same code, the second finds the step already taken.
  const claimed = await db.$executeRaw`
    UPDATE "Credential" SET "totpLastTimeStep" = ${step}, "updatedAt" = ${clock.now()}
    WHERE "userId" = ${userId}
      AND "totpEnabledAt" IS NOT NULL
      AND "totpSecretEnc" = ${credential.totpSecretEnc}
      AND ("totpLastTimeStep" IS NULL OR "totpLastTimeStep" < ${step})`;
  return claimed === 1;
}
