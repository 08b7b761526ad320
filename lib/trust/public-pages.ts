import "server-only";
// The public trust center is prerendered on first visit and kept until staff change what it shows
// (DESIGN.md: "statically rendered, revalidated by tag when staff publish"). Every change to public
// content calls this after its transaction commits. Pages also re-render at most every 300 s, so dated
// changes (a subprocessor taking effect) appear on time and several app instances converge
// (docs/decisions/0008).
import { revalidatePath, revalidateTag } from "next/cache";

/** Cache tag of the data behind public route handlers (JSON, CSV, Atom, security.txt, PDFs). */
export const PUBLIC_DATA_TAG = "trust-public";

export function revalidatePublicPages(): void {
  // The layout's route includes its group: pages are tagged "_N_T_/(public)/[locale]/layout".
  revalidatePath("/(public)/[locale]", "layout");
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
