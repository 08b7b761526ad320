import "server-only";
// What the staff console shows of trust documents: the list (every document, its languages, latest
// version and whether the draft has unpublished changes) and the editor of one document and language.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import type { TrustDocumentKind } from "../../generated/prisma/enums.ts";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../i18n/locale.ts";
import { contentHash } from "./content-hash.ts";
import { DEFAULT_TITLES } from "./default-titles.ts";
import { BUILT_IN_KINDS, BUILT_IN_SLUGS, builtInKindOfSlug } from "./kinds.ts";
import { outdatedSince } from "./translation-lag.ts";

export type DraftState = "not-started" | "unpublished" | "changed" | "published";

export type StaffDocumentLanguage = {
  locale: Locale;
  title: string;
  latestVersion: number | null;
  effectiveDate: Date | null;
  publishedAt: Date | null;
  /** not-started: nothing written; unpublished: a draft, never published; changed: the draft differs from the latest version. */
  draft: DraftState;
  /** A translation published before English version N (and any later): N; null when current or English. */
  outdatedSince: number | null;
};

export type StaffDocumentRow = { slug: string; kind: TrustDocumentKind; languages: StaffDocumentLanguage[] };

type DraftRow = { locale: Locale; title: string; body: string };
type VersionRow = {
  locale: Locale;
  version: number;
  title: string;
  effectiveDate: Date;
  publishedAt: Date;
  contentHash: string;
};

function draftState(draft: DraftRow | undefined, latest: VersionRow | undefined): DraftState {
  if (!latest) return draft && (draft.body.trim() || draft.title) ? "unpublished" : "not-started";
  if (!draft) return "published";
  return draft.title !== latest.title || contentHash(draft.body) !== latest.contentHash
    ? "changed"
    : "published";
}

function languagesOf(slug: string, drafts: DraftRow[], versions: VersionRow[]): StaffDocumentLanguage[] {
  const builtIn = builtInKindOfSlug(slug);
  const reference = versions.filter((v) => v.locale === DEFAULT_LOCALE);
  return LOCALES.map((locale) => {
    const draft = drafts.find((d) => d.locale === locale);
    const latest = versions.filter((v) => v.locale === locale).sort((a, b) => b.version - a.version)[0];
    return {
      locale,
      title: draft?.title || latest?.title || (builtIn ? DEFAULT_TITLES[builtIn][locale] : slug),
      latestVersion: latest?.version ?? null,
      effectiveDate: latest?.effectiveDate ?? null,
      publishedAt: latest?.publishedAt ?? null,
      draft: draftState(draft, latest),
      outdatedSince:
        locale === DEFAULT_LOCALE
          ? null
          : outdatedSince(
              reference,
              versions.filter((v) => v.locale === locale),
            ),
    };
  });
}

/** Built-in documents first (in their fixed order, listed even before anyone wrote them), then custom pages. */
export async function listDocumentsForStaff(ctx: Context): Promise<StaffDocumentRow[]> {
  await authorizeStaff(ctx, "trust.content.manage");
  const documents = await db.trustDocument.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      kind: true,
      drafts: { select: { locale: true, title: true, body: true } },
      versions: {
        select: {
          locale: true,
          version: true,
          title: true,
          effectiveDate: true,
          publishedAt: true,
          contentHash: true,
        },
      },
    },
  });
  const builtIn = BUILT_IN_KINDS.map(
    (kind) =>
      documents.find((d) => d.slug === BUILT_IN_SLUGS[kind]) ?? {
        slug: BUILT_IN_SLUGS[kind],
        kind,
        drafts: [],
        versions: [],
      },
  );
  const custom = documents.filter((d) => !builtInKindOfSlug(d.slug));
  return [...builtIn, ...custom].map((d) => ({
    slug: d.slug,
    kind: d.kind,
    languages: languagesOf(d.slug, d.drafts, d.versions),
  }));
}

/** Who published a version: a staff member, one who no longer exists, or nobody (an early seed). */
export type VersionPublisher =
  { by: "staff"; name: string; email: string } | { by: "former-staff" } | { by: "system" };

export type StaffVersionRow = {
  version: number;
  title: string;
  effectiveDate: Date;
  publishedAt: Date;
  contentHash: string;
  changelog: string;
  publishedBy: VersionPublisher;
};

export type DocumentEditorView = {
  slug: string;
  kind: TrustDocumentKind;
  locale: Locale;
  title: string;
  body: string;
  draft: DraftState;
  draftUpdatedAt: Date | null;
  nextVersion: number;
  versions: StaffVersionRow[];
  /** The same document's state in every language, for switching. */
  languages: StaffDocumentLanguage[];
};

/** The editor: the draft (or, without one, the latest published text) and every published version. */
export async function getDocumentEditor(
  ctx: Context,
  slug: string,
  locale: Locale,
): Promise<DocumentEditorView> {
  await authorizeStaff(ctx, "trust.content.manage");
  const document = await db.trustDocument.findUnique({
    where: { slug },
    select: {
      kind: true,
      drafts: { select: { locale: true, title: true, body: true, updatedAt: true } },
      versions: {
        orderBy: { version: "desc" },
        select: {
          locale: true,
          version: true,
          title: true,
          body: true,
          effectiveDate: true,
          publishedAt: true,
          contentHash: true,
          changelog: true,
          publishedById: true,
        },
      },
    },
  });
  const builtIn = builtInKindOfSlug(slug);
  if (!document && !builtIn) throw new AppError("not_found");
  const drafts = document?.drafts ?? [];
  const allVersions = document?.versions ?? [];
  const versions = allVersions.filter((v) => v.locale === locale);
  const draft = drafts.find((d) => d.locale === locale);
  const latest = versions[0];
  const publishers = await publisherNames(versions.map((v) => v.publishedById));
  return {
    slug,
    kind: document?.kind ?? builtIn!,
    locale,
    title: draft?.title || latest?.title || (builtIn ? DEFAULT_TITLES[builtIn][locale] : slug),
    body: draft?.body ?? latest?.body ?? "",
    draft: draftState(draft, latest),
    draftUpdatedAt: draft?.updatedAt ?? null,
    nextVersion: (latest?.version ?? 0) + 1,
    versions: versions.map((v) => ({
      version: v.version,
      title: v.title,
      effectiveDate: v.effectiveDate,
      publishedAt: v.publishedAt,
      contentHash: v.contentHash,
      changelog: v.changelog,
      publishedBy: v.publishedById
        ? (publishers.get(v.publishedById) ?? { by: "former-staff" })
        : { by: "system" },
    })),
    languages: languagesOf(slug, drafts, allVersions),
  };
}

async function publisherNames(ids: (string | null)[]): Promise<Map<string, VersionPublisher>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, { by: "staff", name: u.name, email: u.email }]));
}
