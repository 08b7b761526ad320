// Server-side sessions (SECURITY.md S9, S10): the signed cookie only names a Session row; the row
// decides. Idle and absolute timeouts are checked on every request; revocation is immediate.
import { db } from "../../db/client.ts";
import type { AuthMethod, SessionKind } from "../../generated/prisma/enums.ts";
import { env } from "../../config/env.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { RequestMeta } from "../../audit/record.ts";

/** lastSeenAt is written at most this often, so reads stay cheap. */
const TOUCH_INTERVAL_MS = 60_000;

export function sessionLimits(kind: SessionKind) {
  const e = env();
  return kind === "STAFF"
    ? {
        idleMs: e.SESSION_IDLE_MINUTES_STAFF * 60_000,
        absoluteMs: e.SESSION_ABSOLUTE_HOURS_STAFF * 3_600_000,
      }
    : {
        idleMs: e.SESSION_IDLE_MINUTES_CUSTOMER * 60_000,
        absoluteMs: e.SESSION_ABSOLUTE_HOURS_CUSTOMER * 3_600_000,
      };
}

export async function createSession(
  userId: string,
  kind: SessionKind,
  request: RequestMeta,
  clock: Clock = systemClock,
  options: {
    method?: AuthMethod;
    mfaVerified?: boolean;
    /** The organisation whose Microsoft connection the sign-in came through (method SSO). */
    ssoOrganizationId?: string | null;
    /** `mfaVerified` is that connection's MFA claim, not a factor of ours. */
    mfaFromSsoClaim?: boolean;
  } = {},
): Promise<{ id: string; expiresAt: Date }> {
  const now = clock.now();
  return db.session.create({
    data: {
      userId,
      kind,
      method: options.method ?? "PASSWORD",
      ssoOrganizationId: options.ssoOrganizationId ?? null,
      mfaVerifiedAt: options.mfaVerified ? now : null,
      mfaFromSsoClaim: Boolean(options.mfaVerified && options.mfaFromSsoClaim),
      reauthenticatedAt: now,
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 512) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionLimits(kind).absoluteMs),
    },
    select: { id: true, expiresAt: true },
  });
}

export type ActiveSession = {
  id: string;
  userId: string;
  kind: SessionKind;
  method: AuthMethod;
  ssoOrganizationId: string | null;
  mfaVerifiedAt: Date | null;
  mfaFromSsoClaim: boolean;
  reauthenticatedAt: Date | null;
};

/** The session if it is live (not revoked, not idle too long, not past its absolute expiry), else null. */
export async function validateSession(
  sessionId: string,
  clock: Clock = systemClock,
): Promise<ActiveSession | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      userId: true,
      kind: true,
      method: true,
      ssoOrganizationId: true,
      mfaVerifiedAt: true,
      mfaFromSsoClaim: true,
      reauthenticatedAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  const now = clock.now().getTime();
  if (now >= session.expiresAt.getTime()) return null;
  if (now - session.lastSeenAt.getTime() >= sessionLimits(session.kind).idleMs) return null;
  if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { lastSeenAt: new Date(now) },
    });
  }
  const { id, userId, kind, method, ssoOrganizationId, mfaVerifiedAt, mfaFromSsoClaim, reauthenticatedAt } =
    session;
  return { id, userId, kind, method, ssoOrganizationId, mfaVerifiedAt, mfaFromSsoClaim, reauthenticatedAt };
}

/**
 * Replaces a session with a new one (new id, S9) after a privilege change such as passing MFA; the old
 * id stops working at once. Absolute expiry is kept from the original sign-in.
 */
export async function rotateSession(
  sessionId: string,
  change: { mfaVerified?: boolean; reauthenticated?: boolean },
  clock: Clock = systemClock,
): Promise<{ id: string } | null> {
  const now = clock.now();
  return db.$transaction(async (tx) => {
    const old = await tx.session.findFirst({ where: { id: sessionId, revokedAt: null } });
    if (!old) return null;
    await tx.session.update({ where: { id: old.id }, data: { revokedAt: now, revokedReason: "rotated" } });
    return tx.session.create({
      data: {
        userId: old.userId,
        kind: old.kind,
        method: old.method,
        ssoOrganizationId: old.ssoOrganizationId,
        ip: old.ip,
        userAgent: old.userAgent,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: old.expiresAt,
        mfaVerifiedAt: change.mfaVerified ? now : old.mfaVerifiedAt,
        // A factor passed here is ours: it counts for every organisation's requirement.
        mfaFromSsoClaim: change.mfaVerified ? false : old.mfaFromSsoClaim,
        reauthenticatedAt: change.reauthenticated ? now : old.reauthenticatedAt,
      },
      select: { id: true },
    });
  });
}

/** Marks this session as having just re-proved the user's identity (for sensitive changes). */
export async function markReauthenticated(sessionId: string, clock: Clock = systemClock): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { reauthenticatedAt: clock.now() },
  });
}

/** Ends every live session of a user (password or MFA change, removal, disable), optionally but one. */
export async function revokeUserSessions(
  userId: string,
  reason: string,
  options: { except?: string; clock?: Clock } = {},
): Promise<number> {
  const result = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: (options.clock ?? systemClock).now(), revokedReason: reason },
  });
  return result.count;
}

export async function revokeSession(
  sessionId: string,
  reason: string,
  clock: Clock = systemClock,
): Promise<boolean> {
  const result = await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: clock.now(), revokedReason: reason },
  });
  return result.count === 1;
}
