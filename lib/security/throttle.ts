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

/** Whether any of the keys is blocked right now (and for how long). */
export async function checkThrottle(
  keys: ThrottleKey[],
  clock: Clock = systemClock,
): Promise<ThrottleVerdict> {
  const now = clock.now();
  const rows = await db.throttleCounter.findMany({
    where: { key: { in: keys.map(keyOf) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  if (rows.length === 0) return { blocked: false };
  const until = Math.max(...rows.map((r) => r.blockedUntil!.getTime()));
  return { blocked: true, retryAfterMs: until - now.getTime() };
}

/** Counts one failure against each key (atomically); a key reaching its limit becomes blocked. */
export async function recordFailure(keys: ThrottleKey[], clock: Clock = systemClock): Promise<void> {
  const now = clock.now();
  for (const entry of keys) {
    const windowStart = new Date(now.getTime() - entry.rule.windowMs);
    const blockUntil = new Date(now.getTime() + entry.rule.blockMs);
    await db.$executeRaw`
      INSERT INTO "ThrottleCounter" (key, count, "windowStartedAt", "blockedUntil", "updatedAt")
      VALUES (${keyOf(entry)}, 1, ${now}, ${entry.rule.limit <= 1 ? blockUntil : null}, ${now})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "ThrottleCounter"."windowStartedAt" < ${windowStart} THEN 1 ELSE "ThrottleCounter".count + 1 END,
        "windowStartedAt" = CASE WHEN "ThrottleCounter"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "ThrottleCounter"."windowStartedAt" END,
        "blockedUntil" = CASE
          WHEN (CASE WHEN "ThrottleCounter"."windowStartedAt" < ${windowStart} THEN 1 ELSE "ThrottleCounter".count + 1 END) >= ${entry.rule.limit}
          THEN ${blockUntil} ELSE "ThrottleCounter"."blockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

/** Forgets failures (e.g. after a successful sign-in for that account and address). */
export async function clearFailures(keys: ThrottleKey[]): Promise<void> {
  await db.throttleCounter.deleteMany({ where: { key: { in: keys.map(keyOf) } } });
}

/** Records one attempt of a rate-limited request (not a failure): blocked when over the limit. */
export async function consumeAttempt(
  keys: ThrottleKey[],
  clock: Clock = systemClock,
): Promise<ThrottleVerdict> {
  const verdict = await checkThrottle(keys, clock);
  if (verdict.blocked) return verdict;
  await recordFailure(keys, clock);
  return { blocked: false };
}

export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / MINUTE));
}
