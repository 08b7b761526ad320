"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/http/action";
import { createCustomDocument, createCustomDocumentInput } from "@/lib/trust/policies/custom-documents";
import { saveDraft, saveDraftInput } from "@/lib/trust/policies/drafts";
import { publishDocument, publishInput } from "@/lib/trust/policies/publish";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { POLICY_CONSOLE_MESSAGES } from "./messages";

const STAFF_PATH = "/admin/trust/policies";

export const saveDraftAction = defineAction(
  { input: saveDraftInput, permission: "trust.content.manage" },
  async (ctx, input) => {
    await saveDraft(ctx, input);
    revalidatePath(STAFF_PATH, "layout");
    return POLICY_CONSOLE_MESSAGES.draftSaved;
  },
);

export const publishDocumentAction = defineAction(
  { input: publishInput, permission: "trust.content.manage" },
  async (ctx, input) => {
    const published = await publishDocument(ctx, input);
    await revalidatePublicPages();
    revalidatePath(STAFF_PATH, "layout");
    return POLICY_CONSOLE_MESSAGES.published(published.version, published.contentHash);
  },
);

export const createCustomDocumentAction = defineAction(
  { input: createCustomDocumentInput, permission: "trust.content.manage" },
  async (ctx, input) => {
    const { slug } = await createCustomDocument(ctx, input);
    revalidatePath(STAFF_PATH);
    redirect(`${STAFF_PATH}/${slug}/en`);
  },
);
