// Form fields shared by the document editor's actions (save draft, publish), with their limits (S13).
import { z } from "zod";
import { isDocumentSlugShape } from "./kinds.ts";

/** A 200,000-character ceiling: the longest seed document (the German DPA) has about 18,000. */
export const MAX_BODY_LENGTH = 200_000;

export const documentSlugSchema = z.string().max(60).refine(isDocumentSlugShape, "Unknown document.");

export const documentTitleSchema = z
  .string()
  .trim()
  .min(1, "Give the document a title.")
  .max(200, "Keep the title to 200 characters.");

export const documentBodySchema = z
  .string()
  .max(
    MAX_BODY_LENGTH,
    `The text is longer than ${MAX_BODY_LENGTH.toLocaleString("en-GB")} characters; split it into several documents.`,
  )
  // Browsers submit textarea line breaks as CRLF; the stored text (and its hash) uses LF.
  .transform((body) => body.replace(/\r\n?/g, "\n"));
