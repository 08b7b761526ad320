"use server";
// The account page's language card: the language of the portal, sign-in and account pages and of the
// person's emails (issue 11 item 7). The page re-renders in the language chosen.
import { refresh } from "next/cache";
import { languageInput, updateLanguage } from "@/lib/account/language";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { LANGUAGE_MESSAGES } from "./messages";

export const updateLanguageAction = defineAction(
  { input: languageInput, permission: "signed-in" },
  async (ctx, input) => {
    const { language, changed } = await updateLanguage(ctx, input);
    if (changed) refresh();
    // Said in the language just chosen: the page around it is about to speak it.
    return localize(changed ? LANGUAGE_MESSAGES.saved : LANGUAGE_MESSAGES.unchanged, language);
  },
);
