import "server-only";
// The signed-in user's own profile (name). The email address is the sign-in identity and is changed
// elsewhere (it needs re-authentication and a notice, S6).
import { z } from "zod";
import { type RequestMeta, userActor } from "../audit/record.ts";
import type { Actor } from "../auth/sessions/actor.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";

export const profileInput = z.strictObject({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
});
export type ProfileInput = z.infer<typeof profileInput>;

export async function updateProfile(
  actor: Actor,
  input: ProfileInput,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ name: string }> {
  if (input.name === actor.name) return { name: actor.name };
  const user = await db.user.update({
    where: { id: actor.userId },
    data: { name: input.name },
    select: { name: true },
  });
  await recordAuthEvent(
    actor.userId,
    {
      actor: userActor(actor),
      action: "account.profile.updated",
      target: { type: "User", id: actor.userId },
      request,
      metadata: { fields: ["name"] },
    },
    clock,
  );
  return user;
}
