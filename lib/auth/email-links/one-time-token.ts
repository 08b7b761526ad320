import "server-only";
// Emailed single-use tokens (magic links, password resets). The token itself goes only into the email;
// the database keeps its SHA-256. Using one is a compare-and-set (usedAt IS NULL AND not expired), so
// two clicks on the same link, even at the same instant, sign in at most once.
import { hashToken, newToken } from "../../crypto/token.ts";
import { db, type Tx } from "../../db/client.ts";
import type { TokenPurpose } from "../../generated/prisma/enums.ts";
import { systemClock, type Clock } from "../../time/clock.ts";

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  MAGIC_LINK: 10 * 60_000,
  PASSWORD_RESET: 30 * 60_000,
  EMAIL_CHANGE: 60 * 60_000,
};

/** Creates a token for `userId`; returns the clear token (for the email only) and the row id. */
export async function issueOneTimeToken(
  tx: Tx,
  userId: string,
  purpose: TokenPurpose,
  clock: Clock = systemClock,
  extra: { newEmail?: string } = {},
): Promise<{ id: string; token: string }> {
  const token = newToken();
  const now = clock.now();
  const row = await tx.oneTimeToken.create({
    data: {
      userId,
      purpose,
      newEmail: extra.newEmail ?? null,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
    select: { id: true },
  });
  return { id: row.id, token };
}

export type TokenState =
  | { status: "valid"; id: string; userId: string; newEmail: string | null }
  | { status: "used" | "expired" | "unknown"; id: string | null; userId: string | null };

/** Looks a token up without using it (the page behind a link shows whether it still works). */
export async function inspectOneTimeToken(
  token: string,
  purpose: TokenPurpose,
  clock: Clock = systemClock,
): Promise<TokenState> {
  const row = await db.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, purpose: true, usedAt: true, expiresAt: true, newEmail: true },
  });
  if (!row || row.purpose !== purpose) return { status: "unknown", id: null, userId: null };
  if (row.usedAt) return { status: "used", id: row.id, userId: row.userId };
  if (row.expiresAt.getTime() <= clock.now().getTime())
    return { status: "expired", id: row.id, userId: row.userId };
  return { status: "valid", id: row.id, userId: row.userId, newEmail: row.newEmail };
}

/** Marks the token used if it is still valid; true for exactly one caller. */
export async function consumeOneTimeToken(
  tx: Tx,
  tokenId: string,
  purpose: TokenPurpose,
  clock: Clock = systemClock,
): Promise<boolean> {
  const now = clock.now();
  const result = await tx.oneTimeToken.updateMany({
    where: { id: tokenId, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return result.count === 1;
}

/** Voids every outstanding token of a user (after a password reset or change). */
export async function voidOneTimeTokens(tx: Tx, userId: string, clock: Clock = systemClock): Promise<number> {
  const result = await tx.oneTimeToken.updateMany({
    where: { userId, usedAt: null },
    data: { usedAt: clock.now() },
  });
  return result.count;
}
