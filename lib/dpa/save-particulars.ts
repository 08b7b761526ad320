import "server-only";
// Staff save the Art. 28(3) particulars on the DPA's draft of one language (trust.content.manage, like the
// text itself); publishing copies them to the version (publish-check.ts). Incomplete particulars may be
// saved: only publishing needs all of them.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { LOCALES } from "../i18n/locale.ts";
import { documentForWriting } from "../trust/policies/document-record.ts";
import { DEFAULT_TITLES } from "../trust/policies/default-titles.ts";
import { BUILT_IN_SLUGS } from "../trust/policies/kinds.ts";
import { draftParticulars, particularsProblems, type DpaParticulars } from "./particulars.ts";

export const saveParticularsInput = z.strictObject({
  locale: z.enum(LOCALES),
  particulars: draftParticulars,
});
export type SaveParticularsInput = z.input<typeof saveParticularsInput>;

/** Returns whether the particulars are complete for the draft's text as it is saved now. */
export async function saveDpaParticulars(
  ctx: Context,
  input: SaveParticularsInput,
): Promise<{ complete: boolean }> {
  const staff = await authorizeStaff(ctx, "trust.content.manage");
  const { locale, particulars } = saveParticularsInput.parse(input);
  return db.$transaction(async (tx) => {
    const document = await documentForWriting(tx, BUILT_IN_SLUGS.DPA);
    const draft = await tx.trustDocumentDraft.upsert({
      where: { documentId_locale: { documentId: document.id, locale } },
      create: {
        documentId: document.id,
        locale,
        title: DEFAULT_TITLES.DPA[locale],
        body: "",
        dpaParticulars: particulars,
        updatedById: staff.actor.userId,
      },
      update: { dpaParticulars: particulars, updatedById: staff.actor.userId },
      select: { id: true, body: true },
    });
    const complete = particularsProblems(particulars satisfies DpaParticulars, draft.body) === null;
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "dpa.particulars.saved",
        target: { type: "TrustDocumentDraft", id: draft.id },
        request: ctx.request,
        metadata: { locale, complete },
      },
      { tx, clock: ctx.clock },
    );
    return { complete };
  });
}
