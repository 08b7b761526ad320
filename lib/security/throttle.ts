// Throttling of failures (SECURITY.md S2): fixed-window counters in PostgreSQL, so every app instance
// sees the same counts. A key that reaches its limit is blocked for a while, never for good, so an
// attacker cannot lock a user out permanently; per-account limits are also keyed by IP, so failures
// from one address do not block the owner elsewhere.
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";

export type ThrottleRule = { name: string; limit: number; windowMs: number; blockMs: number };

const MINUTE = 60_000;
export const RULES = {
  signInAccountIp: { name: "signin:account-ip", limit: 10, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  signInIp: { name: "signin:ip", limit: 100, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  mfaUser: { name: "mfa:user-ip", limit: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  emailLinkAccount: { name: "email-link:account", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  emailLinkIp: { name: "email-link:ip", limit: 30, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  /** Confirmation links to a new sign-in address (S6): a signed-in user cannot use them to mail at will. */
  emailChangeUser: { name: "email-change:user", limit: 5, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  /** Public trust-center forms (S20): subscriptions and gated-document requests, per IP and per address. */
  subscribeIp: { name: "subscribe:ip", limit: 10, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  subscribeAddress: { name: "subscribe:address", limit: 3, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  accessRequestIp: { name: "access-request:ip", limit: 10, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  accessRequestAddress: {
    name: "access-request:address",
    limit: 5,
    windowMs: 60 * MINUTE,
    blockMs: 60 * MINUTE,
  },
  /** Invitations (S20): each one emails an address someone typed, per inviting user and per organisation. */
  invitationUser: { name: "invitation:user", limit: 20, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  invitationOrganization: {
    name: "invitation:organization",
    limit: 50,
    windowMs: 24 * 60 * MINUTE,
    blockMs: 24 * 60 * MINUTE,
  },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleKey = { rule: ThrottleRule; subject: string };
export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterMs: number };

const keyOf = ({ rule, subject }: ThrottleKey) => `${rule.name}:${subject}`;

/**
 * Counts one attempt against every key before anything is checked (S2), atomically: the count is
 * taken in the same statement that tests the block, so of any number of simultaneous attempts at most
 * `limit` get through per window. The attempt that reaches the limit still gets through and blocks the
 * key for `blockMs`; a blocked attempt is not counted. When any key is blocked, the attempt is given
 * back on the keys counted before it and the verdict says how long to wait.
 *
 * Rate-limited requests use it as it is. A secret check (password, code) consumes an attempt first and
 * on success gives it back: `clearFailures` for the account's keys, `releaseAttempt` for shared ones.
 */
export async function consumeAttempt(
  keys: ThrottleKey[],
  clock: Clock = systemClock,
): Promise<ThrottleVerdict> {
  const now = clock.now();
  const counted: ThrottleKey[] = [];
  for (const entry of keys) {
    const windowStart = new Date(now.getTime() - entry.rule.windowMs);
    const blockUntil = new Date(now.getTime() + entry.rule.blockMs);
    // The CTE's update is invisible to the outer SELECT: "blockedUntil" there is the value before it.
    const [row] = await db.$queryRaw<{ counted: number | null; blockedUntil: Date | null }[]>`
      WITH attempt AS (
        INSERT INTO "ThrottleCounter" (key, count, "windowStartedAt", "blockedUntil", "updatedAt")
        VALUES (${keyOf(entry)}, 1, ${now}, ${entry.rule.limit <= 1 ? blockUntil : null}, ${now})
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN "ThrottleCounter"."windowStartedAt" < ${windowStart} THEN 1 ELSE "ThrottleCounter".count + 1 END,
          "windowStartedAt" = CASE WHEN "ThrottleCounter"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "ThrottleCounter"."windowStartedAt" END,
          "blockedUntil" = CASE
            WHEN (CASE WHEN "ThrottleCounter"."windowStartedAt" < ${windowStart} THEN 1 ELSE "ThrottleCounter".count + 1 END) >= ${entry.rule.limit}
            THEN ${blockUntil} ELSE "ThrottleCounter"."blockedUntil" END,
          "updatedAt" = ${now}
        WHERE "ThrottleCounter"."blockedUntil" IS NULL OR "ThrottleCounter"."blockedUntil" <= ${now}
        RETURNING count
      )
      SELECT (SELECT count FROM attempt) AS counted,
             (SELECT "blockedUntil" FROM "ThrottleCounter" WHERE key = ${keyOf(entry)}) AS "blockedUntil"`;
    if (row?.counted == null) {
      await releaseAttempt(counted);
      return { blocked: true, retryAfterMs: await retryAfterMs(entry, row?.blockedUntil ?? null, now) };
    }
    counted.push(entry);
  }
  return { blocked: false };
}

/** How long `entry` stays blocked (re-read when a concurrent attempt set the block after our snapshot). */
async function retryAfterMs(entry: ThrottleKey, seen: Date | null, now: Date): Promise<number> {
  const until =
    seen && seen > now
      ? seen
      : (
          await db.throttleCounter.findUnique({
            where: { key: keyOf(entry) },
            select: { blockedUntil: true },
          })
        )?.blockedUntil;
  return Math.max(1000, (until?.getTime() ?? 0) - now.getTime());
}

/**
 * Gives back one attempt consumed on each key (a password that turned out right must not count against
 * the address it came from); lifts a block that only this attempt's count had set.
 */
export async function releaseAttempt(keys: ThrottleKey[]): Promise<void> {
  for (const entry of keys) {
    await db.$executeRaw`
      UPDATE "ThrottleCounter" SET
        count = GREATEST(count - 1, 0),
        "blockedUntil" = CASE WHEN count - 1 < ${entry.rule.limit} THEN NULL ELSE "blockedUntil" END
      WHERE key = ${keyOf(entry)}`;
  }
}

/** Forgets failures (e.g. after a successful sign-in for that account and address). */
export async function clearFailures(keys: ThrottleKey[]): Promise<void> {
  await db.throttleCounter.deleteMany({ where: { key: { in: keys.map(keyOf) } } });
}

export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / MINUTE));
}
