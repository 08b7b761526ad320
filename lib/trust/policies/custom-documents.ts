import "server-only";
// Custom pages of the trust center (e.g. "business-continuity"): staff choose the address and the
// titles; the text is then written and published in the editor like any other document.
import { z } from "zod";
import { recordAudit, type AuditActor, type RequestMeta, userActor } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { documentTitleSchema } from "./input-fields.ts";
import { customSlugSchema } from "./kinds.ts";

export const createCustomDocumentInput = z.strictObject({
  slug: customSlugSchema,
  titleEn: documentTitleSchema,
  titleDe: z.string().trim().max(200, "Keep the title to 200 characters."),
});

export type CreateCustomDocumentInput = z.infer<typeof createCustomDocumentInput>;

/** Staff create a custom page (trust.content.manage); returns its slug. */
export async function createCustomDocument(
  input: CreateCustomDocumentInput,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.content.manage");
  await createCustomDocumentAs(input, userActor(actor), await currentRequest(), clock);
  return input.slug;
}

/** The creation itself, for staff and the demo seed; empty drafts in both languages. */
export async function createCustomDocumentAs(
  input: CreateCustomDocumentInput,
  actor: AuditActor,
  request?: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ id: string }> {
  if (await db.trustDocument.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new UserFacingError(`A document with the address "/${input.slug}" already exists.`);
  }
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
        select: { id: true },
      });
      await recordAudit(
        {
          organizationId: null,
          actor,
          action: "trust.document.created",
          target: { type: "TrustDocument", id: document.id },
          request,
          metadata: { slug: input.slug, kind: "CUSTOM" },
        },
        { tx, clock },
      );
      return document;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new UserFacingError(`A document with the address "/${input.slug}" already exists.`);
    }
    throw error;
  }
}
