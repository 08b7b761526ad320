"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { saveNoticeDraft } from "@/lib/incidents/notices/draft";
import { draftContentFromForm, noticeDraftForm, sendNoticeForm } from "@/lib/incidents/notices/draft-input";
import { sendNoticePhase } from "@/lib/incidents/notices/send";
import { previewNoticeDraft, type NoticePreview } from "@/lib/incidents/notices/view";

export type DraftActionData = { message: string; preview: NoticePreview | null };

/** Saves the draft; with intent "preview" also checks every Art. 33(3) item and returns the exact email. */
export const saveNoticeDraftAction = defineAction(
  noticeDraftForm,
  async (input): Promise<DraftActionData> => {
    const saved = await saveNoticeDraft(input.incidentId, draftContentFromForm(input));
    revalidatePath(`/admin/incidents/${input.incidentId}`);
    if (input.intent === "save") return { message: `Draft of phase ${saved.number} saved.`, preview: null };
    const preview = await previewNoticeDraft(input.incidentId);
    return { message: `Phase ${saved.number} is complete. Check the preview below, then send it.`, preview };
  },
);

export const sendNoticeAction = defineAction(sendNoticeForm, async (input) => {
  const result = await sendNoticePhase(input);
  revalidatePath(`/admin/incidents/${input.incidentId}`);
  revalidatePath("/admin/incidents/dashboard");
  const skipped = result.organizationsWithoutRecipients
    ? ` ${result.organizationsWithoutRecipients} organisation(s) have no privacy contact, owner, admin or privacy officer and were not reached: add a contact and send the next phase.`
    : "";
  return `Phase ${result.number} sent to ${result.organizations} organisation(s) (${result.emails} email(s) queued).${skipped}`;
});
