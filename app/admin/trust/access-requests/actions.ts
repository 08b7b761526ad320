"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  approveGrant,
  approveGrantInput,
  denyGrant,
  denyGrantInput,
  revokeGrant,
  revokeGrantInput,
} from "@/lib/trust/access-requests/decisions";
import {
  createAccessRule,
  createRuleInput,
  deleteAccessRule,
  deleteRuleInput,
  freeMailSwitchInput,
  setRefuseFreeMailDomains,
  updateAccessRule,
  updateRuleInput,
} from "@/lib/trust/access-requests/rules";

const refreshConsole = () => revalidatePath("/admin/trust/access-requests", "layout");

export const approveGrantAction = defineAction(approveGrantInput, async (input) => {
  const message = await approveGrant(input);
  refreshConsole();
  return message;
});

export const denyGrantAction = defineAction(denyGrantInput, async (input) => {
  const message = await denyGrant(input);
  refreshConsole();
  return message;
});

export const revokeGrantAction = defineAction(revokeGrantInput, async (input) => {
  const message = await revokeGrant(input);
  refreshConsole();
  return message;
});

export const createAccessRuleAction = defineAction(createRuleInput, async (input) => {
  const message = await createAccessRule(input);
  refreshConsole();
  return message;
});

export const updateAccessRuleAction = defineAction(updateRuleInput, async (input) => {
  const message = await updateAccessRule(input);
  refreshConsole();
  return message;
});

export const deleteAccessRuleAction = defineAction(deleteRuleInput, async (input) => {
  const message = await deleteAccessRule(input);
  refreshConsole();
  return message;
});

export const setFreeMailAction = defineAction(freeMailSwitchInput, async (input) => {
  const message = await setRefuseFreeMailDomains(input);
  refreshConsole();
  return message;
});
