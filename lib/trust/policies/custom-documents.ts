import "server-only";
// Custom pages of the trust center (e.g. "business-continuity"): staff choose the address and the
// titles; the text is then written and published in the editor like any other document.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { singleLineText } from "../../text/single-line.ts";
import { documentTitleSchema } from "./input-fields.ts";
import { customSlugSchema } from "./kinds.ts";
import { POLICY_MESSAGES } from "./messages.ts";

export const createCustomDocumentInput = z.strictObject({
  slug: customSlugSchema,
  titleEn: documentTitleSchema,
  titleDe: singleLineText({
    max: 200,
    label: "the German title",
    tooLong: "Keep the title to 200 characters.",
  }),
});

export type CreateCustomDocumentInput = z.infer<typeof createCustomDocumentInput>;

/**
 * Staff create a custom page (trust.content.manage), with empty drafts in both languages; the demo
 * seed creates its custom page so too. A taken address is refused.
 */
export async function createCustomDocument(
  ctx: Context,
  input: CreateCustomDocumentInput,
): Promise<{ id: string; slug: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.content.manage");
  const taken = () => new AppError("invalid", POLICY_MESSAGES.addressTaken(input.slug));
  if (await db.trustDocument.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw taken();
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.trustDocument.aggregate({ where: { kind: "CUSTOM" }, _max: { position: true } });
      const document = await tx.trustDocument.create({
        data: {
          kind: "CUSTOM",
          slug: input.slug,
          position: (last._max.position ?? 0) + 1,
          drafts: {
            create: [
              { locale: "en", title: input.titleEn, body: "", updatedById: actor.userId },
              { locale: "de", title: input.titleDe || input.titleEn, body: "", updatedById: actor.userId },
            ],
          },
        },
        select: { id: true, slug: true },
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.document.created",
          target: { type: "TrustDocument", id: document.id },
          request: ctx.request,
          metadata: { slug: input.slug, kind: "CUSTOM" },
        },
        { tx, clock: ctx.clock },
      );
      return document;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
