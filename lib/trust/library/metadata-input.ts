// The describing fields of a library document, in English and German, as staff enter them.
import { z } from "zod";
import { librarySlug } from "./slug.ts";

/** Titles end up in email subjects: one line, no control characters. */
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} can have at most ${max} characters.`).default("");

export const libraryMetadataFields = {
  slug: librarySlug,
  title: z
    .string()
    .trim()
    .min(1, "Enter the English title.")
    .max(200, "The title can have at most 200 characters.")
    .regex(SINGLE_LINE, "Write the title on one line."),
  titleDe: optionalText(200, "The German title").pipe(
    z.string().regex(SINGLE_LINE, "Write the title on one line."),
  ),
  description: optionalText(2000, "The English description"),
  descriptionDe: optionalText(2000, "The German description"),
  /** "true": released only through an approved access request under NDA. */
  gated: z
    .enum(["true", "false"], { error: "Choose whether the document is public or under NDA." })
    .transform((v) => v === "true"),
};

export const libraryMetadataInput = z.strictObject(libraryMetadataFields);
export type LibraryMetadata = z.infer<typeof libraryMetadataInput>;

export const updateLibraryMetadataInput = z.strictObject({
  documentId: z.string().min(1).max(64),
  ...libraryMetadataFields,
});
export type UpdateLibraryMetadata = z.infer<typeof updateLibraryMetadataInput>;
