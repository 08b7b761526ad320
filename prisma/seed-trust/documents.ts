// Demo trust documents from prisma/seed-content/: the security overview, TOMs (version 1 about a year
// ago, version 2 six weeks ago), FAQ, AI and data use, DPA and the custom page "business-continuity",
// each in English and then, a few days later, in German, spread over the past months (demo-timeline.ts).
// Published through the same functions staff use (lib/trust/policies), as the seeded content editor
// (the first staff member with the CONTENT role, so the staff are seeded first), so hashes, drafts,
// audit events and updates-feed entries are real. Idempotent: a language that already has a published
// version is left as it is.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { SignedInContext } from "../../lib/context/context.ts";
import { db } from "../../lib/db/client.ts";
import { LOCALES, type Locale } from "../../lib/i18n/locale.ts";
import { contextFor } from "../../lib/testing/context.ts";
import { fixedClock } from "../../lib/time/clock.ts";
import { utcDay } from "../../lib/time/calendar-date.ts";
import { createCustomDocument } from "../../lib/trust/policies/custom-documents.ts";
import { DEFAULT_TITLES } from "../../lib/trust/policies/default-titles.ts";
import { publishDocument } from "../../lib/trust/policies/publish.ts";
import { saveDpaParticulars } from "../../lib/dpa/save-particulars.ts";
import { draftParticulars } from "../../lib/dpa/particulars.ts";
import { demoTimeline, type DemoTimeline } from "./demo-timeline.ts";

/** Days before the seed run and time of day (UTC) a language of a version was published. */
type PublishedWhen = { daysAgo: number; time: string };
type SeedVersion = { file: string; changelog: string; published: Record<Locale, PublishedWhen> };
type SeedDocument = {
  slug: string;
  custom: boolean;
  titles: Record<Locale, string>;
  versions: SeedVersion[];
};

const when = (daysAgo: number, time: string): PublishedWhen => ({ daysAgo, time });

/** File names are `<file>.<locale>.md`; changelog keys are those of changelogs.json. */
export const SEED_DOCUMENTS: SeedDocument[] = [
  {
    slug: "security",
    custom: false,
    titles: DEFAULT_TITLES.SECURITY_OVERVIEW,
    versions: [
      {
        file: "security-overview",
        changelog: "security-overview",
        published: { en: when(420, "09:40"), de: when(417, "14:05") },
      },
    ],
  },
  {
    slug: "toms",
    custom: false,
    titles: DEFAULT_TITLES.TOMS,
    versions: [
      {
        file: "toms.v1",
        changelog: "toms.v1",
        published: { en: when(400, "10:20"), de: when(396, "11:45") },
      },
      { file: "toms", changelog: "toms", published: { en: when(45, "08:55"), de: when(38, "15:30") } },
    ],
  },
  {
    slug: "dpa",
    custom: false,
    titles: DEFAULT_TITLES.DPA,
    versions: [
      { file: "dpa", changelog: "dpa", published: { en: when(392, "13:10"), de: when(389, "09:25") } },
    ],
  },
  {
    slug: "faq",
    custom: false,
    titles: DEFAULT_TITLES.FAQ,
    versions: [
      { file: "faq", changelog: "faq", published: { en: when(300, "11:00"), de: when(298, "16:20") } },
    ],
  },
  {
    slug: "ai",
    custom: false,
    titles: DEFAULT_TITLES.AI,
    versions: [
      { file: "ai", changelog: "ai", published: { en: when(232, "10:35"), de: when(229, "08:50") } },
    ],
  },
  {
    slug: "business-continuity",
    custom: true,
    titles: {
      en: "Business continuity and disaster recovery",
      de: "Geschäftskontinuität und Notfallwiederherstellung",
    },
    versions: [
      {
        file: "business-continuity",
        changelog: "business-continuity",
        published: { en: when(121, "14:15"), de: when(118, "10:05") },
      },
    ],
  },
];

// The seed's change notes are used as written (the TOMs note lists every change, beyond the
// 200 characters the staff form allows for one line).
const changelogs = z.record(
  z.string(),
  z.strictObject({ en: z.string().min(1).max(1000), de: z.string().min(1).max(1000) }),
);

const dpaParticulars = z.record(z.enum(LOCALES), draftParticulars);

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

/** The editor acting at a moment of the demo's history (the version, its audit event and update agree). */
async function editorAt(editor: () => Promise<SignedInContext>, instant: Date): Promise<SignedInContext> {
  return { ...(await editor()), clock: fixedClock(instant) };
}

export async function seedTrustDocuments(now: Date = new Date()): Promise<void> {
  const notes = changelogs.parse(JSON.parse(readContent("changelogs.json")));
  const timeline = demoTimeline(now);
  const editor = contentEditor();
  const steps: { document: SeedDocument; version: SeedVersion; locale: Locale; at: Date }[] = [];
  for (const document of SEED_DOCUMENTS) {
    if (
      document.custom &&
      !(await db.trustDocument.findUnique({ where: { slug: document.slug }, select: { id: true } }))
    ) {
      const first = document.versions[0]!.published.en;
      await createCustomDocument(await editorAt(editor, timeline.at(first.daysAgo, "08:00")), {
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
      for (const version of document.versions)
        steps.push({ document, version, locale, at: instant(timeline, version.published[locale]) });
    }
  }
  // In the order they happened, so the audit log and the updates read as a history.
  for (const { document, version, locale, at } of steps.sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const note = notes[version.changelog];
    if (!note) throw new Error(`prisma/seed-content/changelogs.json has no entry "${version.changelog}"`);
    // The DPA is published with its Art. 28(3) particulars (lib/dpa), saved on its draft first as staff do.
    if (document.slug === "dpa")
      await saveDpaParticulars(await editorAt(editor, at), {
        locale,
        particulars: dpaParticulars.parse(JSON.parse(readContent("dpa.particulars.json")))[locale],
      });
    await publishDocument(await editorAt(editor, at), {
      slug: document.slug,
      locale,
      title: document.titles[locale],
      body: readContent(`${version.file}.${locale}.md`),
      // Both languages of a version apply from the day the English text was published.
      effectiveDate: utcDay(instant(timeline, version.published.en)),
      changelog: note[locale],
    });
  }
}

function instant(timeline: DemoTimeline, published: PublishedWhen): Date {
  return timeline.at(published.daysAgo, published.time);
}
