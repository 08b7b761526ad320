// Demo trust documents from prisma/seed-content/: the security overview, TOMs (version 1 published a
// year ago, version 2 now), FAQ, AI and data use, DPA and the custom page "business-continuity", each
// in English and German. Published through the same functions staff use (lib/trust/policies), as the
// seeded content editor (the first staff member with the CONTENT role, so the staff are seeded first),
// so hashes, drafts, audit events and updates-feed entries are real. Idempotent: a language that
// already has a published version is left as it is.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { SignedInContext } from "../../lib/context/context.ts";
import { db } from "../../lib/db/client.ts";
import { LOCALES, type Locale } from "../../lib/i18n/locale.ts";
import { contextFor } from "../../lib/testing/context.ts";
import { utcDay } from "../../lib/time/calendar-date.ts";
import { createCustomDocument } from "../../lib/trust/policies/custom-documents.ts";
import { DEFAULT_TITLES } from "../../lib/trust/policies/default-titles.ts";
import { publishDocument } from "../../lib/trust/policies/publish.ts";

const DAY = 86_400_000;

type SeedVersion = { file: string; changelog: string; yearsAgo: number };
type SeedDocument = {
  slug: string;
  custom: boolean;
  titles: Record<Locale, string>;
  versions: SeedVersion[];
};

/** File names are `<file>.<locale>.md`; changelog keys are those of changelogs.json. */
export const SEED_DOCUMENTS: SeedDocument[] = [
  {
    slug: "security",
    custom: false,
    titles: DEFAULT_TITLES.SECURITY_OVERVIEW,
    versions: [{ file: "security-overview", changelog: "security-overview", yearsAgo: 0 }],
  },
  {
    slug: "toms",
    custom: false,
    titles: DEFAULT_TITLES.TOMS,
    versions: [
      { file: "toms.v1", changelog: "toms.v1", yearsAgo: 1 },
      { file: "toms", changelog: "toms", yearsAgo: 0 },
    ],
  },
  {
    slug: "faq",
    custom: false,
    titles: DEFAULT_TITLES.FAQ,
    versions: [{ file: "faq", changelog: "faq", yearsAgo: 0 }],
  },
  {
    slug: "ai",
    custom: false,
    titles: DEFAULT_TITLES.AI,
    versions: [{ file: "ai", changelog: "ai", yearsAgo: 0 }],
  },
  {
    slug: "dpa",
    custom: false,
    titles: DEFAULT_TITLES.DPA,
    versions: [{ file: "dpa", changelog: "dpa", yearsAgo: 0 }],
  },
  {
    slug: "business-continuity",
    custom: true,
    titles: {
      en: "Business continuity and disaster recovery",
      de: "Geschäftskontinuität und Notfallwiederherstellung",
    },
    versions: [{ file: "business-continuity", changelog: "business-continuity", yearsAgo: 0 }],
  },
];

// The seed's change notes are used as written (the TOMs note lists every change, beyond the
// 200 characters the staff form allows for one line).
const changelogs = z.record(
  z.string(),
  z.strictObject({ en: z.string().min(1).max(1000), de: z.string().min(1).max(1000) }),
);

function readContent(name: string): string {
  return readFileSync(new URL(`../seed-content/${name}`, import.meta.url), "utf8");
}

/** A signed-in context of the seeded content editor, made on first need (a run with nothing to do makes none). */
function contentEditor(): () => Promise<SignedInContext> {
  let ctx: Promise<SignedInContext> | undefined;
  return () =>
    (ctx ??= (async () => {
      const editor = await db.user.findFirst({
        where: { staffRoles: { some: { role: "CONTENT" } }, disabledAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      if (!editor)
        throw new Error("seedTrustDocuments publishes as a CONTENT staff member; seed the staff first.");
      return contextFor(editor);
    })());
}

export async function seedTrustDocuments(now: Date = new Date()): Promise<void> {
  const notes = changelogs.parse(JSON.parse(readContent("changelogs.json")));
  const editor = contentEditor();
  for (const document of SEED_DOCUMENTS) {
    if (
      document.custom &&
      !(await db.trustDocument.findUnique({ where: { slug: document.slug }, select: { id: true } }))
    ) {
      await createCustomDocument(await editor(), {
        slug: document.slug,
        titleEn: document.titles.en,
        titleDe: document.titles.de,
      });
    }
    for (const locale of LOCALES) {
      const published = await db.trustDocumentVersion.count({
        where: { document: { slug: document.slug }, locale },
      });
      if (published > 0) continue;
      for (const version of document.versions) {
        const publishedAt = new Date(now.getTime() - version.yearsAgo * 365 * DAY);
        const note = notes[version.changelog];
        if (!note) throw new Error(`prisma/seed-content/changelogs.json has no entry "${version.changelog}"`);
        await publishDocument(await editor(), {
          slug: document.slug,
          locale,
          title: document.titles[locale],
          body: readContent(`${version.file}.${locale}.md`),
          effectiveDate: utcDay(publishedAt),
          changelog: note[locale],
          publishedAt,
        });
      }
    }
  }
}
