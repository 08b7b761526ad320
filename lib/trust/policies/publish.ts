import "server-only";
// Publishing a trust document: the text becomes version N+1 of its language, immutable (a database
// trigger refuses UPDATE and DELETE), fingerprinted with the SHA-256 of its Markdown, announced on the
// public updates feed and audited, all in one transaction. Versions of one document and language are
// numbered under an advisory lock, so two publishes at the same moment get distinct numbers.
import { z } from "zod";
import { recordAudit, type AuditActor, type RequestMeta, userActor } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { UserFacingError } from "../../errors.ts";
import { db, type Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { LOCALES, type Locale } from "../../i18n/locale.ts";
import { parseIsoDate } from "../../time/calendar-date.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { recordTrustUpdate } from "../updates.ts";
import { contentHash, shortHash } from "./content-hash.ts";
import { DEFAULT_TITLES } from "./default-titles.ts";
import { documentForWriting, type DocumentRecord } from "./document-record.ts";
import { builtInKindOfSlug } from "./kinds.ts";
import { documentBodySchema, documentSlugSchema, documentTitleSchema } from "./input-fields.ts";

const effectiveDateSchema = z
  .string()
  .trim()
  .max(10, "Enter a date as YYYY-MM-DD.")
  .transform((value, context) => {
    const date = parseIsoDate(value);
    if (!date || date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) {
      context.addIssue({ code: "custom", message: "Enter a valid date (YYYY-MM-DD) between 2000 and 2100." });
      return z.NEVER;
    }
    return date;
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

export type PublishRequest = Omit<PublishInput, "effectiveDate"> & {
  effectiveDate: Date;
  publishedBy: AuditActor;
  request?: RequestMeta;
  /** Backdating, for the demo seed's history only; staff always publish "now". */
  publishedAt?: Date;
};

export type PublishedVersion = {
  id: string;
  documentId: string;
  slug: string;
  locale: Locale;
  version: number;
  contentHash: string;
  publishedAt: Date;
};

/** Staff publish the text of the editor (trust.content.manage). Returns the message shown to them. */
export async function publishDocument(input: PublishInput, clock: Clock = systemClock): Promise<string> {
  const actor = await requireStaff("trust.content.manage");
  const published = await publishVersion(
    { ...input, publishedBy: userActor(actor), request: await currentRequest() },
    clock,
  );
  return `Published version ${published.version} (SHA-256 ${shortHash(published.contentHash)}…).`;
}

/** The publishing itself, for staff (through publishDocument) and the demo seed. */
export async function publishVersion(
  request: PublishRequest,
  clock: Clock = systemClock,
): Promise<PublishedVersion> {
  try {
    return await db.$transaction((tx) => publishInTransaction(tx, request, clock), {
      maxWait: 10_000,
      timeout: 20_000,
    });
  } catch (error) {
    // The advisory lock makes this unreachable in practice; the unique (document, language, version)
    // index is the backstop, and its violation is explained rather than reported as a crash.
    if (isUniqueViolation(error)) {
      throw new UserFacingError(
        "Someone else published this document at the same moment. Reload the page to see their version, then publish again if needed.",
      );
    }
    throw error;
  }
}

async function publishInTransaction(
  tx: Tx,
  request: PublishRequest,
  clock: Clock,
): Promise<PublishedVersion> {
  const document = await documentForWriting(tx, request.slug);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`trust-document:${document.id}:${request.locale}`}, 0))`;
  const latest = await tx.trustDocumentVersion.findFirst({
    where: { documentId: document.id, locale: request.locale },
    orderBy: { version: "desc" },
    select: { version: true, contentHash: true },
  });
  const hash = contentHash(request.body);
  if (latest?.contentHash === hash)
    throw new UserFacingError(`This text is already published as version ${latest.version}.`);
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
      publishedAt: request.publishedAt ?? clock.now(),
      publishedById: request.publishedBy.userId,
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
      updatedById: request.publishedBy.userId,
    },
    update: { title: request.title, body: request.body, updatedById: request.publishedBy.userId },
  });
  await announce(tx, document, request, version, created.publishedAt);
  await recordAudit(
    {
      organizationId: null,
      actor: request.publishedBy,
      action: "trust.document.published",
      target: { type: "TrustDocumentVersion", id: created.id },
      request: request.request,
      metadata: { slug: document.slug, locale: request.locale, version, contentHash: hash },
    },
    { tx, clock },
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

/** The entry on the public updates page and feed, titled in both languages. */
async function announce(
  tx: Tx,
  document: DocumentRecord,
  request: PublishRequest,
  version: number,
  publishedAt: Date,
): Promise<void> {
  const titles = await titlesByLocale(tx, document, request);
  const language = { en: { en: "English", de: "German" }, de: { en: "Englisch", de: "Deutsch" } } as const;
  await recordTrustUpdate(tx, {
    topic: "DOCUMENT",
    title: `${titles.en}: version ${version} published (${language.en[request.locale]})`,
    titleDe: `${titles.de}: Version ${version} veröffentlicht (${language.de[request.locale]})`,
    summary: request.changelog,
    summaryDe: request.changelog,
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
