import "server-only";
// Changing one's own password (S1, S6, S10). The current password is the re-authentication: it is
// checked through lib/auth/sessions/reauth.ts (throttled, audited, marks the session re-authenticated) and the
// change then requires that recent re-authentication; a user without a password (SSO or magic link
// only) must have re-authenticated in the last minutes some other way. Afterwards every other session
// ends, this one gets a new id, and the user is told by email.
import { z } from "zod";
import { userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import { voidOneTimeTokens } from "../email-links/one-time-token.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { reauthenticate, requireRecentReauth } from "../sessions/reauth.ts";
import { revokeUserSessions, rotateSession } from "../sessions/session-store.ts";
import { localizedSchema, type LocalizedOutput } from "../../i18n/localized-schema.ts";
import { PASSWORD_MESSAGES } from "./messages.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";
import { assertAcceptablePassword } from "./password-policy.ts";

export const changePasswordInput = localizedSchema((t) =>
  z.strictObject({
    currentPassword: z.string().max(1024).default(""),
    newPassword: z.string().min(1, t(PASSWORD_MESSAGES.newPasswordRequired)).max(4096),
  }),
);
export type ChangePasswordInput = LocalizedOutput<typeof changePasswordInput>;

/** Whether the caller has a password (else the account page offers to set one). */
export async function hasPassword(ctx: Context): Promise<boolean> {
  const { actor } = requireSignedIn(ctx);
  const credential = await db.credential.findUnique({
    where: { userId: actor.userId },
    select: { passwordHash: true },
  });
  return Boolean(credential?.passwordHash);
}

/**
 * Changes the caller's password. Returns the id of the rotated session (the caller sets it as the new
 * session cookie) and how many other sessions ended.
 */
export async function changePassword(
  ctx: Context,
  input: ChangePasswordInput,
): Promise<{ sessionId: string; sessionsRevoked: number }> {
  const signedIn = requireSignedIn(ctx);
  const { actor, request, clock } = signedIn;
  const credential = await db.credential.findUnique({
    where: { userId: actor.userId },
    select: { passwordHash: true },
  });
  const current = credential?.passwordHash ?? null;
  if (current) {
    if (!input.currentPassword) throw new AppError("invalid", PASSWORD_MESSAGES.currentPasswordRequired);
    await reauthenticate(signedIn, { password: input.currentPassword });
  }
  const session = await db.session.findUnique({
    where: { id: actor.sessionId },
    select: { reauthenticatedAt: true },
  });
  requireRecentReauth({ reauthenticatedAt: session?.reauthenticatedAt ?? null }, clock);

  await assertAcceptablePassword(input.newPassword, actor);
  if (current && (await verifyPassword(current, input.newPassword)))
    throw new AppError("invalid", PASSWORD_MESSAGES.sameAsCurrent);
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
      signedIn,
      { id: actor.userId, email: actor.email, name: actor.name },
      "password.changed",
    );
  });
  const sessionsRevoked = await revokeUserSessions(actor.userId, "password_changed", {
    except: actor.sessionId,
    clock,
  });
  const rotated = await rotateSession(actor.sessionId, { reauthenticated: true }, clock);
  if (!rotated) throw new AppError("unauthenticated");
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
  return { sessionId: rotated.id, sessionsRevoked };
}
