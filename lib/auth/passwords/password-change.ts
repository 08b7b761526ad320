import "server-only";
// Changing one's own password (S1, S6, S10). The current password is the re-authentication: it is
// checked through lib/auth/sessions/reauth.ts (throttled, audited, marks the session re-authenticated) and the
// change then requires that recent re-authentication; a user without a password (SSO or magic link
// only) must have re-authenticated in the last minutes some other way. Afterwards every other session
// ends, this one gets a new id, and the user is told by email.
import { z } from "zod";
import { type RequestMeta, userActor } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { UnauthenticatedError, UserFacingError } from "../../errors.ts";
import { voidOneTimeTokens } from "../email-links/one-time-token.ts";
import { passwordProblem } from "./password-policy.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";
import { reauthenticate, requireRecentReauth } from "../sessions/reauth.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { revokeUserSessions, rotateSession } from "../sessions/session-store.ts";

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().max(1024).default(""),
  newPassword: z.string().min(1, "Enter a new password.").max(4096),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** Whether the user has a password (else the account page offers to set one). */
export async function hasPassword(userId: string): Promise<boolean> {
  const credential = await db.credential.findUnique({ where: { userId }, select: { passwordHash: true } });
  return Boolean(credential?.passwordHash);
}

/** Returns the id of the rotated session: the caller must set it as the new session cookie. */
export async function changePassword(
  actor: Actor,
  input: ChangePasswordInput,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ sessionId: string }> {
  const credential = await db.credential.findUnique({
    where: { userId: actor.userId },
    select: { passwordHash: true },
  });
  const current = credential?.passwordHash ?? null;
  if (current) {
    if (!input.currentPassword) throw new UserFacingError("Enter your current password.");
    const confirmed = await reauthenticate(actor, { password: input.currentPassword }, request, clock);
    if (!confirmed.ok) throw new UserFacingError(confirmed.message);
  }
  const session = await db.session.findUnique({
    where: { id: actor.sessionId },
    select: { reauthenticatedAt: true },
  });
  requireRecentReauth({ reauthenticatedAt: session?.reauthenticatedAt ?? null }, clock);

  const problem = await passwordProblem(input.newPassword, actor);
  if (problem) throw new UserFacingError(problem);
  if (current && (await verifyPassword(current, input.newPassword)))
    throw new UserFacingError("Choose a password different from your current one.");
  const passwordHash = await hashPassword(input.newPassword);

  await db.$transaction(async (tx) => {
    const now = clock.now();
    await tx.credential.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, passwordHash, passwordChangedAt: now },
      update: { passwordHash, passwordChangedAt: now },
    });
    await voidOneTimeTokens(tx, actor.userId, clock);
    await notifySecurityChange(
      tx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "password.changed",
      { request, clock },
    );
  });
  const sessionsRevoked = await revokeUserSessions(actor.userId, "password_changed", {
    except: actor.sessionId,
    clock,
  });
  const rotated = await rotateSession(actor.sessionId, { reauthenticated: true }, clock);
  if (!rotated) throw new UnauthenticatedError();
  await recordAuthEvent(
    actor.userId,
    {
      actor: userActor(actor),
      action: "auth.password.changed",
      target: { type: "Session", id: rotated.id },
      request,
      metadata: { sessionsRevoked, hadPassword: Boolean(current) },
    },
    clock,
  );
  await requestEmailDelivery();
  return { sessionId: rotated.id };
}
