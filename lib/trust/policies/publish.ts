import "server-only";
// Publishing a trust document: the text becomes version N+1 of its language, immutable (a database
// trigger refuses UPDATE and DELETE), fingerprinted with the SHA-256 of its Markdown, announced on the
// public updates feed and audited, all in one transaction. Versions of one document and language are
// numbered under an advisory lock, so two publishes at the same moment get distinct numbers.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { db, type Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { LOCALES, type Locale } from "../../i18n/locale.ts";
import { calendarDayInput } from "../../time/date-input.ts";
import { announceNewDpaVersion } from "../../dpa/new-version.ts";
import { particularsForPublishing } from "../../dpa/publish-check.ts";
import { recordTrustUpdate } from "../updates.ts";
import { contentHash } from "./content-hash.ts";
import { DEFAULT_TITLES } from "./default-titles.ts";
import { documentForWriting, type DocumentRecord } from "./document-record.ts";
import { builtInKindOfSlug } from "./kinds.ts";
import { documentBodySchema, documentSlugSchema, documentTitleSchema } from "./input-fields.ts";
import { POLICY_MESSAGES } from "./messages.ts";

const effectiveDateSchema = calendarDayInput({
  message: "Enter a valid date (YYYY-MM-DD) between 2000 and 2100.",
});

export const publishInput = z.strictObject({
  slug: documentSlugSchema,
  locale: z.enum(LOCALES),
  title: documentTitleSchema,
  body: documentBodySchema.refine((body) => body.trim().length > 0, "Write the text before publishing it."),
  effectiveDate: effectiveDateSchema,
  changelog: z
    .string()
    .trim()
    .min(1, "Say in one line what changed (it is shown in the version history).")
    .max(200, "Keep the change note to 200 characters."),
});

export type PublishInput = z.infer<typeof publishInput>;

/** Published at `ctx.clock.now()` (the demo seed acts with a clock set in the past). */
export type PublishRequest = PublishInput;

export type PublishedVersion = {
  id: string;
  documentId: string;
  slug: string;
  locale: Locale;
  version: number;
  contentHash: string;
  publishedAt: Date;
};

/** Staff publish the text of the editor (trust.content.manage); the demo seed publishes its history so too. */
export async function publishDocument(ctx: Context, request: PublishRequest): Promise<PublishedVersion> {
  const staff = await authorizeStaff(ctx, "trust.content.manage");
  try {
    return await db.$transaction((tx) => publishInTransaction(tx, staff, request), {
      maxWait: 10_000,
      timeout: 20_000,
    });
  } catch (error) {
    // The advisory lock makes this unreachable in practice; the unique (document, language, version)
    // index is the backstop, and its violation is explained rather than reported as a crash.
    if (isUniqueViolation(error)) throw new AppError("conflict", POLICY_MESSAGES.publishedMeanwhile);
    throw error;
  }
}

async function publishInTransaction(
  tx: Tx,
  ctx: SignedInContext,
  request: PublishRequest,
): Promise<PublishedVersion> {
  const publisher = ctx.actor.userId;
  const document = await documentForWriting(tx, request.slug);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`trust-document:${document.id}:${request.locale}`}, 0))`;
  const latest = await tx.trustDocumentVersion.findFirst({
    where: { documentId: document.id, locale: request.locale },
    orderBy: { version: "desc" },
    select: { version: true, contentHash: true },
  });
  const hash = contentHash(request.body);
  if (latest?.contentHash === hash)
    throw new AppError("conflict", POLICY_MESSAGES.alreadyPublished(latest.version));
  // The DPA needs its Art. 28(3) particulars (lib/dpa, GDPR.md D1/D2); refused before anything is written.
  const dpaParticulars = await particularsForPublishing(tx, document, request);
  const version = (latest?.version ?? 0) + 1;
  const created = await tx.trustDocumentVersion.create({
    data: {
      documentId: document.id,
      locale: request.locale,
      version,
      title: request.title,
      body: request.body,
      effectiveDate: request.effectiveDate,
      changelog: request.changelog,
      contentHash: hash,
      publishedAt: ctx.clock.now(),
      publishedById: publisher,
      dpaParticulars: dpaParticulars ?? undefined,
    },
    select: { id: true, publishedAt: true },
  });
  // The working copy now equals what was published.
  await tx.trustDocumentDraft.upsert({
    where: { documentId_locale: { documentId: document.id, locale: request.locale } },
    create: {
      documentId: document.id,
      locale: request.locale,
      title: request.title,
      body: request.body,
      updatedById: publisher,
    },
    update: { title: request.title, body: request.body, updatedById: publisher },
  });
  await announce(tx, document, request, version, created.publishedAt);
  // A new English DPA version asks every organisation to accept it again (lib/dpa/new-version.ts).
  if (document.kind === "DPA" && request.locale === "en")
    await announceNewDpaVersion(tx, ctx, {
      versionId: created.id,
      version,
      effectiveDate: request.effectiveDate,
    });
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(ctx.actor),
      action: "trust.document.published",
      target: { type: "TrustDocumentVersion", id: created.id },
      request: ctx.request,
      metadata: { slug: document.slug, locale: request.locale, version, contentHash: hash },
    },
    { tx, clock: ctx.clock },
  );
  return {
    id: created.id,
    documentId: document.id,
    slug: document.slug,
    locale: request.locale,
    version,
    contentHash: hash,
    publishedAt: created.publishedAt,
  };
}

/**
 * The entry on the public updates page and feed, in the version's language: its change note is the
 * summary there. Readers of the other language see it only as a marked fallback (an English version not
 * yet translated), so its other summary says just that, in their language.
 */
async function announce(
  tx: Tx,
  document: DocumentRecord,
  request: PublishRequest,
  version: number,
  publishedAt: Date,
): Promise<void> {
  const titles = await titlesByLocale(tx, document, request);
  const title = POLICY_MESSAGES.published(titles, version, request.locale);
  const elsewhere = POLICY_MESSAGES.onlyIn(request.locale);
  await recordTrustUpdate(tx, {
    topic: "DOCUMENT",
    locale: request.locale,
    title: title.en,
    titleDe: title.de,
    summary: request.locale === "en" ? request.changelog : elsewhere.en,
    summaryDe: request.locale === "de" ? request.changelog : elsewhere.de,
    path: `/${document.slug}`,
    publishedAt,
  });
}

async function titlesByLocale(
  tx: Tx,
  document: DocumentRecord,
  request: PublishRequest,
): Promise<Record<Locale, string>> {
  const drafts = await tx.trustDocumentDraft.findMany({
    where: { documentId: document.id },
    select: { locale: true, title: true },
  });
  const builtIn = builtInKindOfSlug(document.slug);
  const titleIn = (locale: Locale) =>
    (locale === request.locale ? request.title : drafts.find((d) => d.locale === locale)?.title) ||
    (builtIn ? DEFAULT_TITLES[builtIn][locale] : request.title);
  return { en: titleIn("en"), de: titleIn("de") };
}
