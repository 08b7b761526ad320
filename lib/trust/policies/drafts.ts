import "server-only";
// Saving the working copy of a document in one language. Drafts are never public; publishing turns
// the editor's text into a version (publish.ts).
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { LOCALES } from "../../i18n/locale.ts";
import { contentHash } from "./content-hash.ts";
import { documentForWriting } from "./document-record.ts";
import { documentBodySchema, documentSlugSchema, documentTitleSchema } from "./input-fields.ts";

export const saveDraftInput = z.strictObject({
  slug: documentSlugSchema,
  locale: z.enum(LOCALES),
  title: documentTitleSchema,
  body: documentBodySchema,
});

export type SaveDraftInput = z.infer<typeof saveDraftInput>;

/** Saves the working copy (trust.content.manage); returns the draft's id. */
export async function saveDraft(ctx: Context, input: SaveDraftInput): Promise<{ id: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.content.manage");
  return db.$transaction(async (tx) => {
    const document = await documentForWriting(tx, input.slug);
    const draft = await tx.trustDocumentDraft.upsert({
      where: { documentId_locale: { documentId: document.id, locale: input.locale } },
      create: {
        documentId: document.id,
        locale: input.locale,
        title: input.title,
        body: input.body,
        updatedById: actor.userId,
      },
      update: { title: input.title, body: input.body, updatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.document.draft_saved",
        target: { type: "TrustDocumentDraft", id: draft.id },
        request: ctx.request,
        metadata: {
          slug: document.slug,
          locale: input.locale,
          contentHash: contentHash(input.body),
          characters: input.body.length,
        },
      },
      { tx, clock: ctx.clock },
    );
    return draft;
  });
}
