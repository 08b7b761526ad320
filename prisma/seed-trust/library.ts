// Demo document library: the click-through NDA (version 1 in English and German from nda.*.md), the
// two gated documents of gated-documents.json as realistic multi-page PDFs generated here (a
// penetration-test summary letter and a CAIQ questionnaire excerpt), one public "Security whitepaper"
// made from the security overview, and an AUTO_APPROVE rule for acme.example (30 days) as a demo.
// refuseFreeMailDomains is left as it is (false by default). Idempotent: what exists is kept.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { renderDocumentPdf } from "../../lib/pdf/document-pdf.ts";
import { contentHash } from "../../lib/trust/policies/content-hash.ts";
import { sha256Hex } from "../../lib/crypto/sha256.ts";
import { libraryFileName } from "../../lib/trust/library/slug.ts";
import { recordTrustUpdate } from "../../lib/trust/updates.ts";
import { renderStructuredPdf, type PdfBlock } from "./demo-pdf.ts";
import { demoTimeline } from "./demo-timeline.ts";

const content = (file: string) => readFileSync(new URL(`../seed-content/${file}`, import.meta.url), "utf8");

const gatedDocuments = z.array(
  z.strictObject({
    slug: z.string(),
    title: z.string(),
    titleDe: z.string(),
    description: z.string(),
    descriptionDe: z.string(),
  }),
);

export const DEMO_RULE_DOMAIN = "acme.example";
const SEEDED_AT = new Date("2026-04-20T09:00:00Z");
const FOOTER = "Confidential · Northwind Analytics GmbH";

/** When the library's documents were announced, in days before the seed run (demo-timeline.ts). */
const LIBRARY_ANNOUNCED_DAYS_AGO = 160;

export async function seedLibrary(now: Date = new Date()): Promise<void> {
  await seedNda();
  await seedDocuments(now);
  await seedDemoRule();
}

/** "## Title\n\nbody" -> title and body (the page shows the title above the text). */
export function splitNda(markdown: string): { title: string; body: string } {
  const [first = "", ...rest] = markdown.trim().split(/\r?\n/);
  const title = first.replace(/^#+\s*/, "").trim();
  return { title, body: rest.join("\n").trim() };
}

async function seedNda(): Promise<void> {
  for (const locale of LOCALES) {
    if ((await db.ndaTemplate.count({ where: { locale } })) > 0) continue;
    const { title, body } = splitNda(content(`nda.${locale}.md`));
    await db.$transaction(async (tx) => {
      const template = await tx.ndaTemplate.create({
        data: { locale, version: 1, title, body, contentHash: sha256Hex(body) },
        select: { id: true, contentHash: true },
      });
      await recordAudit(
        {
          actor: SYSTEM_ACTOR,
          action: "seed.nda.published",
          target: { type: "NdaTemplate", id: template.id },
          metadata: { locale, version: 1, contentHash: template.contentHash },
        },
        { tx },
      );
    });
  }
}

type SeedDocument = {
  slug: string;
  title: string;
  titleDe: string;
  description: string;
  descriptionDe: string;
  gated: boolean;
  render: () => Promise<Uint8Array>;
};

function seedDocumentList(): SeedDocument[] {
  const [pentest, caiq] = gatedDocuments.parse(JSON.parse(content("gated-documents.json")));
  return [
    { ...pentest!, gated: true, render: pentestLetter },
    { ...caiq!, gated: true, render: caiqExcerpt },
    {
      slug: "security-whitepaper",
      title: "Security whitepaper",
      titleDe: "Sicherheits-Whitepaper",
      description:
        "Our security overview as a PDF to file with your vendor assessment: data location, encryption, access control, tenant isolation, audit logging, incident response and how we support you as a controller.",
      descriptionDe:
        "Unsere Sicherheitsübersicht als PDF für Ihre Lieferantenbewertung: Datenspeicherort, Verschlüsselung, Zugriffskontrolle, Mandantentrennung, Audit-Protokollierung, Vorfallsreaktion und wie wir Sie als Verantwortlichen unterstützen.",
      gated: false,
      render: whitepaper,
    },
  ];
}

async function seedDocuments(now: Date): Promise<void> {
  const created: string[] = [];
  for (const document of seedDocumentList()) {
    if (await db.libraryDocument.findUnique({ where: { slug: document.slug }, select: { id: true } }))
      continue;
    const bytes = await document.render();
    const { render: _render, ...metadata } = document;
    await db.$transaction(async (tx) => {
      const row = await tx.libraryDocument.create({
        data: {
          ...metadata,
          fileName: libraryFileName(document.slug),
          contentType: "application/pdf",
          sizeBytes: bytes.byteLength,
          sha256: sha256Hex(bytes),
          data: Buffer.from(bytes),
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor: SYSTEM_ACTOR,
          action: "seed.library.document.created",
          target: { type: "LibraryDocument", id: row.id },
          metadata: { slug: document.slug, gated: document.gated, sha256: sha256Hex(bytes) },
        },
        { tx },
      );
    });
    created.push(document.title);
  }
  if (created.length > 0) {
    await db.$transaction((tx) =>
      recordTrustUpdate(tx, {
        topic: "DOCUMENT",
        path: "/documents",
        title: "Security documents available",
        titleDe: "Sicherheitsunterlagen verfügbar",
        summary:
          "Our security whitepaper is available for download; the penetration test summary and the CAIQ questionnaire can be requested under NDA.",
        summaryDe:
          "Unser Sicherheits-Whitepaper steht zum Download bereit; die Zusammenfassung des Penetrationstests und der CAIQ-Fragebogen können unter Vertraulichkeitsvereinbarung angefordert werden.",
        publishedAt: demoTimeline(now).at(LIBRARY_ANNOUNCED_DAYS_AGO, "15:40"),
      }),
    );
  }
}

async function seedDemoRule(): Promise<void> {
  if (await db.accessRule.findUnique({ where: { domain: DEMO_RULE_DOMAIN }, select: { id: true } })) return;
  await db.$transaction(async (tx) => {
    const rule = await tx.accessRule.create({
      data: { domain: DEMO_RULE_DOMAIN, action: "AUTO_APPROVE", grantDays: 30 },
      select: { id: true },
    });
    await recordAudit(
      {
        actor: SYSTEM_ACTOR,
        action: "seed.access.rule.created",
        target: { type: "AccessRule", id: rule.id },
        metadata: { domain: DEMO_RULE_DOMAIN, action: "AUTO_APPROVE", grantDays: 30 },
      },
      { tx },
    );
  });
}

// --- The demo PDFs ---------------------------------------------------------------------------------

/** The security overview as a paper, laid out like the DPA PDF (lib/pdf/document-pdf.ts). */
function whitepaper(): Promise<Uint8Array> {
  const body = content("security-overview.en.md");
  return renderDocumentPdf({
    locale: "en",
    provider: {
      legalName: "Northwind Analytics GmbH",
      address: "Friedrichstraße 123, 10117 Berlin, Germany",
      dpoName: "Dr. Lena Vogel",
      dpoEmail: "dpo@northwind.example",
    },
    title: "Security whitepaper",
    version: 1,
    effectiveDate: SEEDED_AT,
    publishedAt: SEEDED_AT,
    timeZone: "UTC",
    contentHash: contentHash(body),
    body,
  });
}

/** The structured demo PDFs' text lives in seed-content/*.pdf.json (title, subtitle, author, blocks). */
const pdfBlock: z.ZodType<PdfBlock> = z.union([
  z.strictObject({ kind: z.literal("heading"), text: z.string() }),
  z.strictObject({ kind: z.literal("paragraph"), text: z.string(), muted: z.boolean().optional() }),
  z.strictObject({ kind: z.literal("bullets"), items: z.array(z.string()) }),
  z.strictObject({ kind: z.literal("fields"), rows: z.array(z.tuple([z.string(), z.string()])) }),
  z.strictObject({
    kind: z.literal("table"),
    columns: z.array(z.strictObject({ header: z.string(), width: z.number() })),
    rows: z.array(z.array(z.string())),
  }),
  z.strictObject({ kind: z.literal("pageBreak") }),
]);
const pdfHead = { title: z.string(), subtitle: z.string(), author: z.string() };
const letterContent = z.strictObject({ ...pdfHead, blocks: z.array(pdfBlock) });
/** CAIQ v4-style answers grouped by domain: question id, question, answer, implementation notes. */
const questionnaireContent = z.strictObject({
  ...pdfHead,
  intro: z.array(pdfBlock),
  domains: z.array(
    z.strictObject({
      name: z.string(),
      rows: z.array(z.tuple([z.string(), z.string(), z.enum(["Yes", "No", "N/A"]), z.string()])),
    }),
  ),
});

function pentestLetter(): Promise<Uint8Array> {
  const letter = letterContent.parse(JSON.parse(content("pentest-summary-2026.pdf.json")));
  return renderStructuredPdf({ ...letter, footer: FOOTER, createdAt: SEEDED_AT });
}

function caiqExcerpt(): Promise<Uint8Array> {
  const { intro, domains, ...head } = questionnaireContent.parse(
    JSON.parse(content("caiq-excerpt.pdf.json")),
  );
  const blocks: PdfBlock[] = [...intro];
  for (const domain of domains) {
    blocks.push({ kind: "heading", text: domain.name });
    blocks.push({
      kind: "table",
      columns: [
        { header: "Question ID", width: 1.4 },
        { header: "Question", width: 5 },
        { header: "Answer", width: 1 },
        { header: "Implementation", width: 4.2 },
      ],
      rows: domain.rows.map((row) => [...row]),
    });
  }
  return renderStructuredPdf({ ...head, footer: FOOTER, createdAt: SEEDED_AT, blocks });
}
