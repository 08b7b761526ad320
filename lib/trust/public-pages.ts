import "server-only";
// The public trust center is prerendered on first visit and kept until staff change what it shows
// (DESIGN.md: "statically rendered, revalidated by tag when staff publish"). Every change to public
// content calls this after its transaction commits. Pages also re-render at most every
// PUBLIC_PAGE_REVALIDATE_SECONDS, so dated changes (a subprocessor taking effect) appear on time and
// several app instances converge (docs/decisions/0008).
import { revalidatePath } from "next/cache";

export function revalidatePublicPages(): void {
  revalidatePath("/[locale]", "layout");
}
