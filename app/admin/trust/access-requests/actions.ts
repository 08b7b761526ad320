"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
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
import { ACCESS_CONSOLE_MESSAGES as WORDS } from "./messages";

const refreshConsole = () => revalidatePath("/admin/trust/access-requests", "layout");
const permission = "trust.access.review";

export const approveGrantAction = defineAction(
  { input: approveGrantInput, permission },
  async (ctx, input) => {
    const decision = await approveGrant(ctx, input);
    refreshConsole();
    return WORDS.approved(decision);
  },
);

export const denyGrantAction = defineAction({ input: denyGrantInput, permission }, async (ctx, input) => {
  const decision = await denyGrant(ctx, input);
  refreshConsole();
  return WORDS.denied(decision);
});

export const revokeGrantAction = defineAction({ input: revokeGrantInput, permission }, async (ctx, input) => {
  const outcome = await revokeGrant(ctx, input);
  refreshConsole();
  return WORDS.revoked(outcome);
});

export const createAccessRuleAction = defineAction(
  { input: createRuleInput, permission },
  async (ctx, input) => {
    const { domain } = await createAccessRule(ctx, input);
    refreshConsole();
    return WORDS.ruleCreated(domain);
  },
);

export const updateAccessRuleAction = defineAction(
  { input: updateRuleInput, permission },
  async (ctx, input) => {
    const { domain } = await updateAccessRule(ctx, input);
    refreshConsole();
    return WORDS.ruleUpdated(domain);
  },
);

export const deleteAccessRuleAction = defineAction(
  { input: deleteRuleInput, permission },
  async (ctx, input) => {
    const { domain } = await deleteAccessRule(ctx, input);
    refreshConsole();
    return WORDS.ruleDeleted(domain);
  },
);

export const setFreeMailAction = defineAction(
  { input: freeMailSwitchInput, permission },
  async (ctx, input) => {
    const outcome = await setRefuseFreeMailDomains(ctx, input);
    refreshConsole();
    return WORDS.freeMail(outcome);
  },
);
