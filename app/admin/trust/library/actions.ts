"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/http/action";
import { setLibraryDocumentArchived, updateLibraryMetadata } from "@/lib/trust/library/documents";
import { updateLibraryMetadataInput } from "@/lib/trust/library/metadata-input";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { LIBRARY_CONSOLE_MESSAGES } from "./messages";

export const updateLibraryMetadataAction = defineAction(
  { input: updateLibraryMetadataInput, permission: "trust.library.manage" },
  async (ctx, input) => {
    const { changed } = await updateLibraryMetadata(ctx, input);
    await revalidatePublicPages();
    revalidatePath("/admin/trust/library", "layout");
    return LIBRARY_CONSOLE_MESSAGES.metadataSaved(changed.length);
  },
);

const archiveInput = z.strictObject({
  documentId: z.string().min(1).max(64),
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const setLibraryDocumentArchivedAction = defineAction(
  { input: archiveInput, permission: "trust.library.manage" },
  async (ctx, input) => {
    const outcome = await setLibraryDocumentArchived(ctx, input.documentId, input.archived);
    await revalidatePublicPages();
    revalidatePath("/admin/trust/library", "layout");
    return LIBRARY_CONSOLE_MESSAGES.archived(outcome);
  },
);
