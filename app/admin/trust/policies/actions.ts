"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { createCustomDocument, createCustomDocumentInput } from "@/lib/trust/policies/custom-documents";
import { saveDraft, saveDraftInput } from "@/lib/trust/policies/drafts";
import { publishDocument, publishInput } from "@/lib/trust/policies/publish";
import { revalidatePublicPages } from "@/lib/trust/public-pages";

const STAFF_PATH = "/admin/trust/policies";

export const saveDraftAction = defineAction(saveDraftInput, async (input) => {
  const message = await saveDraft(input);
  revalidatePath(STAFF_PATH, "layout");
  return message;
});

export const publishDocumentAction = defineAction(publishInput, async (input) => {
  const message = await publishDocument(input);
  revalidatePublicPages();
  revalidatePath(STAFF_PATH, "layout");
  return message;
});

export const createCustomDocumentAction = defineAction(createCustomDocumentInput, async (input) => {
  const slug = await createCustomDocument(input);
  revalidatePath(STAFF_PATH);
  redirect(`${STAFF_PATH}/${slug}/en`);
});
