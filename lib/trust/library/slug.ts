// The public URL segment of a library document (/documents/<slug>/download) and its file name
// (<slug>.pdf). Lower-case letters, digits and single hyphens; the names of the library's own pages
// are reserved so a document never hides them.
import { z } from "zod";

export const RESERVED_LIBRARY_SLUGS: readonly string[] = ["request", "access", "download"];

export const librarySlug = z
  .string()
  .trim()
  .min(3, "The slug needs at least 3 characters.")
  .max(80, "The slug can have at most 80 characters.")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Use lower-case letters, digits and single hyphens only (e.g. pentest-summary-2026).",
  )
  .refine(
    (slug) => !RESERVED_LIBRARY_SLUGS.includes(slug),
    "This slug is the name of a library page; choose another.",
  );

/** The server-side file name of a document: never taken from the uploaded file. */
export function libraryFileName(slug: string): string {
  return `${slug}.pdf`;
}
