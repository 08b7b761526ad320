import "server-only";
// A user's own sessions: where they are signed in, and ending any of them (S10).
import { userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { AuthMethod } from "../../generated/prisma/enums.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import { revokeUserSessions, sessionLimits } from "./session-store.ts";
import type { Locale } from "../../i18n/locale.ts";
import { localize } from "../../i18n/text.ts";
import { SESSION_MESSAGES } from "./messages.ts";

export type SessionRow = {
  id: string;
  current: boolean;
  device: string;
  ip: string | null;
  method: AuthMethod;
  createdAt: Date;
  lastSeenAt: Date;
};

/** Live sessions of the signed-in user, current first, then most recently used. */
export async function listMySessions(ctx: Context): Promise<SessionRow[]> {
  const { actor, clock } = requireSignedIn(ctx);
  const now = clock.now();
  const rows = await db.session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: {
      id: true,
      kind: true,
      userAgent: true,
      ip: true,
      method: true,
      createdAt: true,
      lastSeenAt: true,
    },
  });
  return rows
    .filter((s) => now.getTime() - s.lastSeenAt.getTime() < sessionLimits(s.kind).idleMs)
    .map((s) => ({
      id: s.id,
      current: s.id === actor.sessionId,
      device: describeUserAgent(s.userAgent, ctx.locale),
      ip: s.ip,
      method: s.method,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the caller's sessions; `signedOutHere` when it was the one making this request. */
export async function revokeMySession(ctx: Context, sessionId: string): Promise<{ signedOutHere: boolean }> {
  const { actor, request, clock } = requireSignedIn(ctx);
  // Scoped to the actor's own sessions: another user's session id simply is not found.
  const result = await db.session.updateMany({
    where: { id: sessionId, userId: actor.userId, revokedAt: null },
    data: { revokedAt: clock.now(), revokedReason: "revoked_by_user" },
  });
  if (result.count === 0) throw new AppError("not_found");
  await recordAuthEvent(
    actor.userId,
    {
      actor: userActor(actor),
      action: "auth.session.revoked",
      target: { type: "Session", id: sessionId },
      request,
    },
    clock,
  );
  return { signedOutHere: sessionId === actor.sessionId };
}

/** Ends every session of the caller but the current one; `count` of those ended. */
export async function revokeMyOtherSessions(ctx: Context): Promise<{ count: number }> {
  const { actor, request, clock } = requireSignedIn(ctx);
  const count = await revokeUserSessions(actor.userId, "revoked_by_user", { except: actor.sessionId, clock });
  await recordAuthEvent(
    actor.userId,
    {
      actor: userActor(actor),
      action: "auth.session.revoked_others",
      request,
      metadata: { count },
    },
    clock,
  );
  return { count };
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, "Windows"],
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Mac OS X/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Chrome on Linux" from a user agent string; enough to recognise a device, not to fingerprint it. */
export function describeUserAgent(userAgent: string | null, locale: Locale = "en"): string {
  if (!userAgent) return localize(SESSION_MESSAGES.device(null, null), locale);
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? "Browser";
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return localize(SESSION_MESSAGES.device(browser, system), locale);
}
