"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { breachContactsInput, updateBreachContacts } from "@/lib/organizations/breach-contacts";
import { securityPolicyInput, updateSecurityPolicy } from "@/lib/organizations/security-policy";
import { SETTINGS_MESSAGES } from "./messages";

export const updateSecurityPolicyAction = defineAction(
  { input: securityPolicyInput, permission: "org.settings.manage" },
  async (ctx, input) => {
    const { changed } = await updateSecurityPolicy(ctx, input);
    revalidatePath(`/portal/${input.slug}/settings`);
    return localize(
      changed ? SETTINGS_MESSAGES.securityPolicySaved : SETTINGS_MESSAGES.nothingChanged,
      ctx.locale,
    );
  },
);

export const updateBreachContactsAction = defineAction(
  { input: breachContactsInput, permission: "org.settings.manage" },
  async (ctx, input) => {
    const { changed, contacts } = await updateBreachContacts(ctx, input);
    revalidatePath(`/portal/${input.slug}/settings`);
    const saved = changed
      ? SETTINGS_MESSAGES.breachContactsSaved(contacts)
      : SETTINGS_MESSAGES.nothingChanged;
    return localize(saved, ctx.locale);
  },
);
