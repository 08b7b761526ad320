// Form fields shared by the document editor's actions (save draft, publish), with their limits (S13).
import { z } from "zod";
import { singleLineText } from "../../text/single-line.ts";
import { isDocumentSlugShape } from "./kinds.ts";

/** A 200,000-character ceiling: the longest seed document (the German DPA) has about 18,000. */
export const MAX_BODY_LENGTH = 200_000;

export const documentSlugSchema = z.string().max(60).refine(isDocumentSlugShape, "Unknown document.");

/** One line of plain text (S25): titles head public pages, the feed and the navigation. */
export const documentTitleSchema = singleLineText({
  max: 200,
  label: "the title",
  required: "Give the document a title.",
  tooLong: "Keep the title to 200 characters.",
});

export const documentBodySchema = z
  .string()
  .max(
    MAX_BODY_LENGTH,
    `The text is longer than ${MAX_BODY_LENGTH.toLocaleString("en-GB")} characters; split it into several documents.`,
  )
  // Browsers submit textarea line breaks as CRLF; the stored text (and its hash) uses LF.
  .transform((body) => body.replace(/\r\n?/g, "\n"));
