// Shared set-up for the MFA integration tests: a user with a live session as an Actor and its context,
// and TOTP turned on through the real enrolment (the test reads the secret from the manual key, like a
// person would). Unlike lib/testing/context.ts, the session may still owe its second factor.
import { generate } from "otplib";
import { createUser } from "../../../prisma/factories.ts";
import type { RequestMeta, SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { anonymousContext } from "../../testing/context.ts";
import type { Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { createSession } from "../sessions/session-store.ts";
import { confirmTotpEnrolment, startTotpEnrolment } from "./enrolment.ts";

export const request = { ip: "203.0.113.77", userAgent: "Mozilla/5.0 (mfa test)", requestId: "req-mfa-1" };

/** The code an authenticator app shows at `clock`'s time, `steps` periods later or earlier. */
export function codeAt(secret: string, clock: Clock, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + steps * 30 });
}

/** The context of `actor`'s session at `clock`'s time, calling from `from` (this kit's client by default). */
export function contextOf(actor: Actor, clock: Clock, from: RequestMeta = request): SignedInContext {
  return { ...anonymousContext({ clock, request: from }), actor };
}

export async function actorFor(userId: string, sessionId: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      timeZone: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
      memberships: {
        select: {
          role: true,
          organization: {
            select: {
              id: true,
              slug: true,
              name: true,
              ipAllowlist: true,
              ssoRequired: true,
              defaultTimeZone: true,
            },
          },
        },
      },
    },
  });
  const session = await db.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { method: true, ssoOrganizationId: true, reauthenticatedAt: true },
  });
  return {
    userId,
    email: user.email,
    name: user.name,
    language: null,
    sessionId,
    sessionMethod: session.method,
    ssoOrganizationId: session.ssoOrganizationId,
    reauthenticatedAt: session.reauthenticatedAt,
    totpEnabled: Boolean(user.credential?.totpEnabledAt),
    staffRoles: user.staffRoles.map((r) => r.role),
    memberships: user.memberships.map((m) => ({
      organizationId: m.organization.id,
      slug: m.organization.slug,
      name: m.organization.name,
      role: m.role,
      ipAllowlist: m.organization.ipAllowlist,
      ssoRequired: m.organization.ssoRequired,
      defaultTimeZone: m.organization.defaultTimeZone,
    })),
    timeZone: user.timeZone,
  };
}

export async function signedIn(
  clock: Clock,
  data: Parameters<typeof createUser>[0] = {},
  options: { mfaVerified?: boolean } = {},
): Promise<{ user: Awaited<ReturnType<typeof createUser>>; actor: Actor; ctx: SignedInContext }> {
  const user = await createUser(data);
  const staff = (data.staffRoles ?? []).length > 0;
  const session = await createSession(user.id, staff ? "STAFF" : "CUSTOMER", request, clock, {
    mfaVerified: options.mfaVerified ?? true,
  });
  const actor = await actorFor(user.id, session.id);
  return { user, actor, ctx: contextOf(actor, clock) };
}

/**
 * Turns TOTP on for the context's user; returns the secret, the backup codes, and the actor and context
 * of the rotated session.
 */
export async function enableTotp(
  ctx: SignedInContext,
): Promise<{ secret: string; backupCodes: string[]; actor: Actor; ctx: SignedInContext }> {
  const started = await startTotpEnrolment(ctx);
  const secret = started.manualKey.replace(/\s/g, "");
  const done = await confirmTotpEnrolment(ctx, await codeAt(secret, ctx.clock));
  const actor = await actorFor(ctx.actor.userId, done.sessionId);
  return { secret, backupCodes: done.backupCodes, actor, ctx: contextOf(actor, ctx.clock, ctx.request) };
}
