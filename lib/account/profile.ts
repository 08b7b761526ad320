import "server-only";
// The signed-in user's own profile (name). The email address is the sign-in identity and is changed
// elsewhere (it needs re-authentication and a notice, S6).
import { z } from "zod";
import { userActor } from "../audit/record.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { requireSignedIn } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { localizedSchema, type LocalizedOutput } from "../i18n/localized-schema.ts";
import { singleLineText } from "../text/single-line.ts";
import { ACCOUNT_MESSAGES } from "./messages.ts";
import { controllersNaming, trackFacts } from "../records-of-processing/fact-history.ts";

export const profileInput = localizedSchema((t, locale) =>
  z.strictObject({
    // One line of plain text (S25): the name reaches other people's emails (invitations) and screens.
    name: singleLineText({
      max: 120,
      label: "your name",
      required: t(ACCOUNT_MESSAGES.nameRequired),
      tooLong: t(ACCOUNT_MESSAGES.nameTooLong),
      locale,
    }),
  }),
);
export type ProfileInput = LocalizedOutput<typeof profileInput>;

/** Saves the caller's name; `changed` is false when it was the same already (nothing is written). */
export async function updateProfile(
  ctx: Context,
  input: ProfileInput,
): Promise<{ name: string; changed: boolean }> {
  const { actor, request, clock } = requireSignedIn(ctx);
  if (input.name === actor.name) return { name: actor.name, changed: false };
  // The name is in the records of processing of every organisation that names this user as a contact.
  const user = await db.$transaction(async (tx) =>
    trackFacts(tx, await controllersNaming(tx, actor.userId), clock.now(), () =>
      tx.user.update({ where: { id: actor.userId }, data: { name: input.name }, select: { name: true } }),
    ),
  );
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
  return { name: user.name, changed: true };
}
