"use server";
// Staff actions on the subprocessor list. After each commit the public pages and the cached JSON/CSV
// (tag "trust-public", refreshed by revalidatePublicPages) are renewed for the next visitor.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { announceSubprocessorChange } from "@/lib/trust/subprocessors/announce";
import { announceChangeInput } from "@/lib/trust/subprocessors/announce-input";
import { previewNotice } from "@/lib/subprocessor-notices/notice-preview";
import { editDetailsInput, editSubprocessorDetails } from "@/lib/trust/subprocessors/edit-details";
import { SUBPROCESSORS_CONSOLE_MESSAGES } from "./messages";

async function refreshPublicViews() {
  await revalidatePublicPages();
  revalidatePath("/admin/trust/subprocessors");
}

export const announceChangeAction = defineAction(
  { input: announceChangeInput, permission: "trust.subprocessors.manage" },
  async (ctx, change) => {
    const result = await announceSubprocessorChange(ctx, change);
    await refreshPublicViews();
    revalidatePath("/admin/trust/subprocessors/notices");
    // The form starts afresh for each change announced (keyed by its id).
    return { changeId: result.changeId, message: SUBPROCESSORS_CONSOLE_MESSAGES.announced(result) };
  },
);

/** The notice and its recipients per organisation, before anything is sent (GDPR.md C2). */
export const previewNoticeAction = defineAction(
  { input: announceChangeInput, permission: "trust.subprocessors.manage" },
  async (ctx, change) => previewNotice(ctx, change),
);

export const editDetailsAction = defineAction(
  { input: editDetailsInput, permission: "trust.subprocessors.manage" },
  async (ctx, input) => {
    const { name, changed } = await editSubprocessorDetails(ctx, input);
    if (changed.length > 0) await refreshPublicViews();
    return SUBPROCESSORS_CONSOLE_MESSAGES.detailsSaved(name, changed);
  },
);
