"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { setLibraryDocumentArchived, updateLibraryMetadata } from "@/lib/trust/library/documents";
import { updateLibraryMetadataInput } from "@/lib/trust/library/metadata-input";
import { revalidatePublicPages } from "@/lib/trust/public-pages";

export const updateLibraryMetadataAction = defineAction(updateLibraryMetadataInput, async (input) => {
  const message = await updateLibraryMetadata(input);
  revalidatePublicPages();
  revalidatePath("/admin/trust/library", "layout");
  return message;
});

const archiveInput = z.strictObject({
  documentId: z.string().min(1).max(64),
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const setLibraryDocumentArchivedAction = defineAction(archiveInput, async (input) => {
  const message = await setLibraryDocumentArchived(input.documentId, input.archived);
  revalidatePublicPages();
  revalidatePath("/admin/trust/library", "layout");
  return message;
});
