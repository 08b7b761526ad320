// The describing fields of a library document, in English and German, as staff enter them. Titles end
// up in email subjects: single-line plain text; descriptions plain text of several lines (S25).
import { z } from "zod";
import { multiLineText } from "../../text/multi-line.ts";
import { singleLineText } from "../../text/single-line.ts";
import { librarySlug } from "./slug.ts";

const optionalText = (max: number, label: string) =>
  multiLineText({
    max,
    label: label.charAt(0).toLowerCase() + label.slice(1),
    tooLong: `${label} can have at most ${max} characters.`,
  }).default("");

export const libraryMetadataFields = {
  slug: librarySlug,
  title: singleLineText({
    max: 200,
    label: "the title",
    required: "Enter the English title.",
    tooLong: "The title can have at most 200 characters.",
  }),
  titleDe: singleLineText({
    max: 200,
    label: "the title",
    tooLong: "The German title can have at most 200 characters.",
  }).default(""),
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
