// The compose form of a notice phase (GDPR.md B2): each Art. 33(3) item is text or, with its
// “not yet known” box ticked, null. Strict (S13) and bounded.
import { z } from "zod";
import type { NoticeItemValues } from "./items.ts";

const item = z.string().max(5000, "Keep each item under 5,000 characters.").default("");
const unknown = z.literal("on").optional();

export const noticeDraftForm = z
  .object({
    incidentId: z.string().min(1).max(64),
    intent: z.enum(["save", "preview"]),
    summary: z.string().max(2000, "Keep the summary under 2,000 characters.").default(""),
    nature: item,
    natureUnknown: unknown,
    dataSubjects: item,
    dataSubjectsUnknown: unknown,
    records: item,
    recordsUnknown: unknown,
    contactPoint: item,
    contactPointUnknown: unknown,
    likelyConsequences: item,
    likelyConsequencesUnknown: unknown,
    measures: item,
    measuresUnknown: unknown,
  })
  .strict();

export type NoticeDraftForm = z.infer<typeof noticeDraftForm>;

export type NoticeDraftContent = { summary: string; items: NoticeItemValues };

export function draftContentFromForm(form: NoticeDraftForm): NoticeDraftContent {
  const value = (text: string, notYetKnown: "on" | undefined) => (notYetKnown ? null : text.trim());
  return {
    summary: form.summary.trim(),
    items: {
      nature: value(form.nature, form.natureUnknown),
      dataSubjects: value(form.dataSubjects, form.dataSubjectsUnknown),
      records: value(form.records, form.recordsUnknown),
      contactPoint: value(form.contactPoint, form.contactPointUnknown),
      likelyConsequences: value(form.likelyConsequences, form.likelyConsequencesUnknown),
      measures: value(form.measures, form.measuresUnknown),
    },
  };
}

export const sendNoticeForm = z
  .object({ incidentId: z.string().min(1).max(64), phaseId: z.string().min(1).max(64) })
  .strict();
