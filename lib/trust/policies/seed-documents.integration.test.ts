// The demo documents seed (prisma/seed-trust/documents.ts): every kind in English and German, TOMs
// with two versions, hashes of the seed files, drafts equal to the published text, a DPA PDF of
// several pages; running it again changes nothing. The seed publishes as the seeded content editor,
// spread over the months before the seed run (a fixed `now` here), German a few days after English.
import { readFileSync } from "node:fs";
import { PDFDocument } from "@pdfme/pdf-lib";
import { describe, expect, it } from "vitest";
import { createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { SEED_DOCUMENTS, seedTrustDocuments } from "../../../prisma/seed-trust/documents.ts";
import { db } from "../../db/client.ts";
import { contentHash } from "./content-hash.ts";
import { loadDocumentPdf } from "./document-pdf.ts";
import { getPublishedDocument } from "./public-documents.ts";

const seedFile = (name: string) => readFileSync(`prisma/seed-content/${name}`, "utf8");

async function snapshot() {
  return {
    documents: await db.trustDocument.count(),
    versions: await db.trustDocumentVersion.findMany({ orderBy: { id: "asc" } }),
    drafts: await db.trustDocumentDraft.findMany({ orderBy: { id: "asc" } }),
    updates: await db.trustUpdate.count(),
    audits: await db.auditEvent.count(),
  };
}

describe("seedTrustDocuments", () => {
  it("publishes every kind in both languages, TOMs twice; a second run changes nothing", async () => {
    await upsertProviderSettings();
    const editor = await createUser({ staffRoles: ["CONTENT"] });
    const now = new Date("2026-11-23T12:00:00.000Z");
    await seedTrustDocuments(now);
    const first = await snapshot();

    const kinds = await db.trustDocument.findMany({ select: { kind: true, slug: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      "AI",
      "CUSTOM",
      "DPA",
      "FAQ",
      "SECURITY_OVERVIEW",
      "TOMS",
    ]);
    for (const { slug } of SEED_DOCUMENTS) {
      for (const locale of ["en", "de"] as const) {
        const document = await getPublishedDocument(slug, locale);
        expect(document?.choice, `${slug} ${locale}`).toEqual({ shown: locale, notice: "none" });
      }
    }
    const toms = await db.trustDocumentVersion.findMany({
      where: { document: { slug: "toms" }, locale: "de" },
      orderBy: { version: "asc" },
    });
    expect(toms.map((v) => v.version)).toEqual([1, 2]);
    expect(toms[0]).toMatchObject({
      contentHash: contentHash(seedFile("toms.v1.de.md")),
      // 396 days before the seed run; effective from the day the English text was published (400 days).
      publishedAt: new Date("2025-10-23T11:45:00.000Z"),
      effectiveDate: new Date("2025-10-19T00:00:00.000Z"),
    });
    expect(toms[1]).toMatchObject({
      contentHash: contentHash(seedFile("toms.de.md")),
      title: "Technische und organisatorische Maßnahmen",
      publishedById: editor.id,
    });
    expect(first.versions).toHaveLength(SEED_DOCUMENTS.length * 2 + 2);
    for (const version of first.versions) expect(version.contentHash).toBe(contentHash(version.body));
    // Drafts equal the latest published text.
    for (const draft of first.drafts) {
      const latest = first.versions
        .filter((v) => v.documentId === draft.documentId && v.locale === draft.locale)
        .sort((a, b) => b.version - a.version)[0];
      expect(draft.body).toBe(latest?.body);
    }
    const updates = await db.trustUpdate.findMany({ where: { topic: "DOCUMENT" } });
    expect(updates).toHaveLength(first.versions.length);
    expect(new Set(updates.map((u) => u.publishedAt.getTime())).size, "no two share a timestamp").toBe(
      updates.length,
    );
    expect(updates.every((u) => u.publishedAt < now && u.locale !== null)).toBe(true);

    await seedTrustDocuments(now);
    expect(await snapshot()).toEqual(first);
  });

  it("the seeded DPA downloads as a PDF of several pages in both languages", async () => {
    for (const locale of ["en", "de"] as const) {
      const pdf = await loadDocumentPdf("dpa", locale, "latest");
      expect(pdf).toMatchObject({ version: 1, locale, fileName: `northwind-analytics-dpa-v1-${locale}.pdf` });
      expect(pdf!.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect((await PDFDocument.load(pdf!.bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
      expect((await loadDocumentPdf("dpa", locale, 1))!.bytes.equals(pdf!.bytes)).toBe(true);
    }
    expect(await loadDocumentPdf("dpa", "en", 2)).toBeNull();
  });

  it("the TOMs and the security overview download as PDFs too; other documents do not (issue 11)", async () => {
    const toms = await loadDocumentPdf("toms", "de", "latest");
    expect(toms).toMatchObject({ version: 2, locale: "de", fileName: "northwind-analytics-toms-v2-de.pdf" });
    expect((await PDFDocument.load(toms!.bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
    expect((await loadDocumentPdf("toms", "de", 1))!.version).toBe(1);
    expect(await loadDocumentPdf("security", "en", "latest")).toMatchObject({
      fileName: "northwind-analytics-security-v1-en.pdf",
    });
    expect(await loadDocumentPdf("faq", "en", "latest")).toBeNull();
  });
});
