import "server-only";
// The public trust center is prerendered on first visit and kept until staff change what it shows
// (DESIGN.md: "statically rendered, revalidated by tag when staff publish"). Every change to public
// content calls this after its transaction commits: this instance's Next.js renders the pages again, its
// snapshot and cached public data are dropped (ADR 0032), and every other instance is told through
// PostgreSQL (ADR 0033). Pages also re-render at most every 300 s, so dated changes (a subprocessor taking
// effect) appear on time (docs/decisions/0008).
import { revalidatePath } from "next/cache";
import { db } from "../db/client.ts";
import { announcePublicChange } from "../public-snapshot/announce.ts";
import { clearPublicSnapshot } from "../public-snapshot/store.ts";

export async function revalidatePublicPages(): Promise<void> {
  revalidateThisInstance();
  try {
    await announcePublicChange(db);
  } catch (error) {
    // Published and committed already: the other instances converge within the 300 s instead.
    console.error(`Telling other instances about a publish failed: ${(error as Error).message}`);
  }
}

/** This process only: after its own publish, or when another instance's reaches it. */
export function revalidateThisInstance(): void {
  // The layout's route includes its group: pages are tagged "_N_T_/(public)/[locale]/layout".
  revalidatePath("/(public)/[locale]", "layout");
  clearPublicSnapshot();
}
