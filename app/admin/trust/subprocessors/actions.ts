"use server";
// Staff actions on the subprocessor list. After each commit the public pages and the cached JSON/CSV
// (tag "trust-public", refreshed by revalidatePublicPages) are renewed for the next visitor.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { announceSubprocessorChange } from "@/lib/trust/subprocessors/announce";
import { announceChangeInput } from "@/lib/trust/subprocessors/announce-input";
import { editDetailsInput, editSubprocessorDetails } from "@/lib/trust/subprocessors/edit-details";

function refreshPublicViews() {
  revalidatePublicPages();
  revalidatePath("/admin/trust/subprocessors");
}

export const announceChangeAction = defineAction(announceChangeInput, async (change) => {
  const { subscribersNotified } = await announceSubprocessorChange(change);
  refreshPublicViews();
  const who = subscribersNotified === 1 ? "1 subscriber" : `${subscribersNotified} subscribers`;
  return `Change announced. The public list and the updates feed show it now; ${who} will be emailed.`;
});

export const editDetailsAction = defineAction(editDetailsInput, async (input) => {
  const { name, changed } = await editSubprocessorDetails(input);
  if (changed.length === 0) return `Nothing changed for ${name}.`;
  refreshPublicViews();
  return `Saved ${name}: ${changed.join(", ")} updated. Nobody is emailed about corrections.`;
});
