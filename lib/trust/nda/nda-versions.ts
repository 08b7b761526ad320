import "server-only";
// Staff publish NDA versions (trust.library.manage): each is a new, immutable row numbered per
// language; the newest is what visitors accept from then on. Earlier acceptances keep pointing at
// the version they accepted.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { LOCALES, type Locale } from "../../i18n/locale.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { singleLineText } from "../../text/single-line.ts";
import { NDA_MESSAGES } from "./messages.ts";

export const publishNdaInput = z.strictObject({
  locale: z.enum(LOCALES, { error: "Choose the language of this version." }),
  title: singleLineText({
    max: 200,
    label: "the title",
    required: "Enter a title.",
    tooLong: "The title can have at most 200 characters.",
  }),
  body: z
    .string()
    .trim()
    .min(100, "The agreement text needs at least 100 characters.")
    .max(50_000, "The agreement text can have at most 50,000 characters."),
});
export type PublishNdaInput = z.infer<typeof publishNdaInput>;

export type NdaVersionRow = {
  id: string;
  locale: Locale;
  version: number;
  title: string;
  body: string;
  contentHash: string;
  publishedAt: Date;
  acceptances: number;
};

export async function listNdaVersions(ctx: Context): Promise<NdaVersionRow[]> {
  await authorizeStaff(ctx, "trust.library.manage");
  const rows = await db.ndaTemplate.findMany({
    orderBy: [{ locale: "asc" }, { version: "desc" }],
    select: {
      id: true,
      locale: true,
      version: true,
      title: true,
      body: true,
      contentHash: true,
      publishedAt: true,
      _count: { select: { acceptances: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, acceptances: _count.acceptances }));
}

export async function publishNdaVersion(
  ctx: Context,
  input: PublishNdaInput,
): Promise<{ version: number; contentHash: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.library.manage");
  const contentHash = sha256Hex(input.body);
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.ndaTemplate.findFirst({
        where: { locale: input.locale },
        orderBy: { version: "desc" },
        select: { version: true, contentHash: true },
      });
      if (latest?.contentHash === contentHash)
        throw new AppError("conflict", NDA_MESSAGES.sameAsLatest(latest.version));
      const version = (latest?.version ?? 0) + 1;
      const created = await tx.ndaTemplate.create({
        data: {
          locale: input.locale,
          version,
          title: input.title,
          body: input.body,
          contentHash,
          publishedAt: ctx.clock.now(),
          publishedById: actor.userId,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.nda.published",
          target: { type: "NdaTemplate", id: created.id },
          request: ctx.request,
          metadata: { locale: input.locale, version, contentHash },
        },
        { tx, clock: ctx.clock },
      );
      return { version, contentHash };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", NDA_MESSAGES.publishedMeanwhile);
    throw error;
  }
}
