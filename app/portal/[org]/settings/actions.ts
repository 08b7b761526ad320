"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { breachContactsInput, updateBreachContacts } from "@/lib/organizations/breach-contacts";
import { securityPolicyInput, updateSecurityPolicy } from "@/lib/organizations/security-policy";
import { SETTINGS_MESSAGES } from "./messages";

export const updateSecurityPolicyAction = defineAction(
  { input: securityPolicyInput, permission: "org.settings.manage" },
  async (ctx, input) => {
    const { changed } = await updateSecurityPolicy(ctx, input);
    revalidatePath(`/portal/${input.slug}/settings`);
    return SETTINGS_MESSAGES.securityPolicySaved(changed);
  },
);

export const updateBreachContactsAction = defineAction(
  { input: breachContactsInput, permission: "org.settings.manage" },
  async (ctx, input) => {
    const result = await updateBreachContacts(ctx, input);
    revalidatePath(`/portal/${input.slug}/settings`);
    return SETTINGS_MESSAGES.breachContactsSaved(result);
  },
);
