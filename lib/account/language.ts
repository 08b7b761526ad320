import "server-only";
// The language a person reads the portal, the sign-in and account pages and their emails in (issue 11
// item 7), chosen on their account page. Until they choose, pages follow their browser and emails their
// organisation's default language (lib/i18n/reader-locale.ts). Audited in their organisations' chains.
import { z } from "zod";
import { userActor } from "../audit/record.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { requireSignedIn } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { isLocale, LOCALES, type Locale } from "../i18n/locale.ts";
import { localizedSchema, type LocalizedOutput } from "../i18n/localized-schema.ts";
import { ACCOUNT_MESSAGES } from "./messages.ts";

export const languageInput = localizedSchema((t) =>
  z.strictObject({ language: z.enum(LOCALES, t(ACCOUNT_MESSAGES.chooseLanguage)) }),
);
export type LanguageInput = LocalizedOutput<typeof languageInput>;

/** Saves the caller's language; `changed` is false when it was chosen already (nothing is written). */
export async function updateLanguage(
  ctx: Context,
  input: LanguageInput,
): Promise<{ language: Locale; changed: boolean }> {
  const { actor, request, clock } = requireSignedIn(ctx);
  if (!isLocale(input.language)) throw new AppError("invalid", ACCOUNT_MESSAGES.chooseLanguage);
  if (input.language === actor.language) return { language: input.language, changed: false };
  await db.user.update({ where: { id: actor.userId }, data: { language: input.language } });
  await recordAuthEvent(
    actor.userId,
    {
      actor: userActor(actor),
      action: "account.language.updated",
      target: { type: "User", id: actor.userId },
      request,
      metadata: { from: actor.language, to: input.language },
    },
    clock,
  );
  return { language: input.language, changed: true };
}
