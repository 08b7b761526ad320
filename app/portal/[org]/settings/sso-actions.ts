"use server";

import { revalidatePath } from "next/cache";
import { saveSsoConnection, ssoConnectionInput } from "@/lib/auth/sso/connection";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { SSO_SETTINGS_MESSAGES } from "./sso-messages";

export const saveSsoConnectionAction = defineAction(
  { input: ssoConnectionInput, permission: "org.sso.manage" },
  async (ctx, input) => {
    const { created, requested } = await saveSsoConnection(ctx, input);
    revalidatePath(`/portal/${input.slug}/settings`);
    return localize(SSO_SETTINGS_MESSAGES.saved(created, requested), ctx.locale);
  },
);
