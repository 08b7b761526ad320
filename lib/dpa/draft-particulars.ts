import "server-only";
// The particulars on the DPA's draft of one language, for the staff editor (trust.content.manage), with
// what would keep them from being published with the draft's text as saved.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { BUILT_IN_SLUGS } from "../trust/policies/kinds.ts";
import {
  emptyParticulars,
  headingIds,
  particularsProblems,
  readParticulars,
  type DpaParticulars,
  type ParticularsProblems,
} from "./particulars.ts";

export type DraftParticulars = {
  particulars: DpaParticulars;
  problems: ParticularsProblems | null;
  /** The draft's heading ids, to choose clause locations from. */
  headings: string[];
};

export async function dpaDraftParticulars(ctx: Context, locale: Locale): Promise<DraftParticulars> {
  await authorizeStaff(ctx, "trust.content.manage");
  const draft = await db.trustDocumentDraft.findFirst({
    where: { document: { slug: BUILT_IN_SLUGS.DPA }, locale },
    select: { body: true, dpaParticulars: true },
  });
  const particulars = readParticulars(draft?.dpaParticulars) ?? emptyParticulars();
  const body = draft?.body ?? "";
  return { particulars, problems: particularsProblems(particulars, body), headings: [...headingIds(body)] };
}
