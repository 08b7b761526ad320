"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { TRUST_PUBLIC_TAG } from "@/lib/provider/public-contact";
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

/** The roadmap shows on the home page and /compliance; a new update entry also reaches the feed. */
function afterRoadmapChange() {
  revalidatePublicPages();
  revalidateTag(TRUST_PUBLIC_TAG, { expire: 0 });
  revalidatePath("/admin/trust/compliance", "layout");
}

export const createComplianceItemAction = defineAction(newComplianceItemInput, async (input) => {
  const message = await createComplianceItem(input);
  afterRoadmapChange();
  return message;
});

export const updateComplianceItemAction = defineAction(complianceItemUpdateInput, async (input) => {
  const message = await updateComplianceItem(input);
  afterRoadmapChange();
  return message;
});

export const deleteComplianceItemAction = defineAction(complianceItemDeleteInput, async (input) => {
  const message = await deleteComplianceItem(input);
  afterRoadmapChange();
  return message;
});

export const moveComplianceItemAction = defineAction(complianceItemMoveInput, async (input) => {
  const message = await moveComplianceItem(input);
  afterRoadmapChange();
  return message;
});
