"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import {
  complianceItemDeleteInput,
  complianceItemMoveInput,
  complianceItemUpdateInput,
  newComplianceItemInput,
} from "@/lib/trust/compliance/input";
import {
  createComplianceItem,
  deleteComplianceItem,
  moveComplianceItem,
  updateComplianceItem,
} from "@/lib/trust/compliance/manage";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { COMPLIANCE_CONSOLE_MESSAGES } from "./messages";

/** The roadmap shows on the home page and /compliance; a new update entry also reaches the feed. */
async function afterRoadmapChange() {
  await revalidatePublicPages();
  revalidatePath("/admin/trust/compliance", "layout");
}

const permission = "trust.content.manage";

export const createComplianceItemAction = defineAction(
  { input: newComplianceItemInput, permission },
  async (ctx, input) => {
    const { standard } = await createComplianceItem(ctx, input);
    await afterRoadmapChange();
    return COMPLIANCE_CONSOLE_MESSAGES.added(standard);
  },
);

export const updateComplianceItemAction = defineAction(
  { input: complianceItemUpdateInput, permission },
  async (ctx, input) => {
    const { standard, changed } = await updateComplianceItem(ctx, input);
    await afterRoadmapChange();
    return COMPLIANCE_CONSOLE_MESSAGES.saved(standard, changed);
  },
);

export const deleteComplianceItemAction = defineAction(
  { input: complianceItemDeleteInput, permission },
  async (ctx, input) => {
    const { standard } = await deleteComplianceItem(ctx, input);
    await afterRoadmapChange();
    return COMPLIANCE_CONSOLE_MESSAGES.removed(standard);
  },
);

export const moveComplianceItemAction = defineAction(
  { input: complianceItemMoveInput, permission },
  async (ctx, input) => {
    const { standard, direction, moved } = await moveComplianceItem(ctx, input);
    await afterRoadmapChange();
    return COMPLIANCE_CONSOLE_MESSAGES.moved(standard, direction, moved);
  },
);
