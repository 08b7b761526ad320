"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { saveNoticeDraft } from "@/lib/incidents/notices/draft";
import { draftContentFromForm, noticeDraftForm, sendNoticeForm } from "@/lib/incidents/notices/draft-input";
import { sendNoticePhase } from "@/lib/incidents/notices/send";
import { previewNoticeDraft, type NoticePreview } from "@/lib/incidents/notices/view";
import { INCIDENT_MESSAGES } from "../messages";

export type DraftActionData = { message: string; preview: NoticePreview | null };

/** Saves the draft; with intent "preview" also checks every Art. 33(3) item and returns the exact email. */
export const saveNoticeDraftAction = defineAction(
  { input: noticeDraftForm, permission: "breach.manage" },
  async (ctx, input): Promise<DraftActionData> => {
    const saved = await saveNoticeDraft(ctx, input.incidentId, draftContentFromForm(input));
    revalidatePath(`/admin/incidents/${input.incidentId}`);
    if (input.intent === "save")
      return { message: INCIDENT_MESSAGES.draftSaved(saved.number), preview: null };
    const preview = await previewNoticeDraft(ctx, input.incidentId);
    return { message: INCIDENT_MESSAGES.draftComplete(saved.number), preview };
  },
);

export const sendNoticeAction = defineAction(
  { input: sendNoticeForm, permission: "breach.manage" },
  async (ctx, input) => {
    const result = await sendNoticePhase(ctx, input);
    revalidatePath(`/admin/incidents/${input.incidentId}`);
    revalidatePath("/admin/incidents/dashboard");
    return INCIDENT_MESSAGES.sent(result);
  },
);
