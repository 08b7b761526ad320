"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { saveNoticeDraft } from "@/lib/incidents/notices/draft";
import { draftContentFromForm, noticeDraftForm, sendNoticeForm } from "@/lib/incidents/notices/draft-input";
import { sendNoticePhase } from "@/lib/incidents/notices/send";
import { previewNoticeDraft } from "@/lib/incidents/notices/view";
import { INCIDENT_MESSAGES } from "../../messages";

function afterChange(incidentId: string) {
  revalidatePath(`/admin/incidents/${incidentId}`);
  revalidatePath(`/admin/incidents/${incidentId}/notice`);
}

/**
 * Saves the draft; with intent "preview" also checks every Art. 33(3) item. The preview itself is part
 * of the notice page whenever the saved draft is complete, so it (and the send button) survives a reload.
 */
export const saveNoticeDraftAction = defineAction(
  { input: noticeDraftForm, permission: "breach.manage" },
  async (ctx, input) => {
    const saved = await saveNoticeDraft(ctx, input.incidentId, draftContentFromForm(input));
    afterChange(input.incidentId);
    if (input.intent === "save") return INCIDENT_MESSAGES.draftSaved(saved.number);
    await previewNoticeDraft(ctx, input.incidentId);
    return INCIDENT_MESSAGES.draftComplete(saved.number);
  },
);

export const sendNoticeAction = defineAction(
  { input: sendNoticeForm, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await sendNoticePhase(ctx, input);
    afterChange(input.incidentId);
    revalidatePath("/admin/incidents/dashboard");
    return INCIDENT_MESSAGES.sent(result);
  },
);
