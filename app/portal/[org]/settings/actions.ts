"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { breachContactsInput, updateBreachContacts } from "@/lib/organizations/breach-contacts";
import { securityPolicyInput, updateSecurityPolicy } from "@/lib/organizations/security-policy";

export const updateSecurityPolicyAction = defineAction(securityPolicyInput, async (input) => {
  const message = await updateSecurityPolicy(input);
  revalidatePath(`/portal/${input.slug}/settings`);
  return message;
});

export const updateBreachContactsAction = defineAction(breachContactsInput, async (input) => {
  const message = await updateBreachContacts(input);
  revalidatePath(`/portal/${input.slug}/settings`);
  return message;
});
