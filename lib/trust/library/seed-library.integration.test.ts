// The demo library seed (prisma/seed-trust/library.ts): NDA v1 in both languages, the two gated
// documents and the public whitepaper as real multi-page PDFs that pass the upload checks, the demo
// rule for acme.example; idempotent.
import { PDFDocument } from "@pdfme/pdf-lib";
import { describe, expect, it } from "vitest";
import { DEMO_RULE_DOMAIN, seedLibrary, splitNda } from "../../../prisma/seed-trust/library.ts";
import { upsertProviderSettings } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { getCurrentNda } from "../nda/current-nda.ts";
import { assertAcceptablePdf } from "./pdf-upload-check.ts";
import { sha256Hex } from "../../crypto/sha256.ts";

describe("seedLibrary", () => {
  it("seeds NDA v1 (EN, DE), three documents, the demo rule; running again changes nothing", async () => {
    await upsertProviderSettings();
    await seedLibrary();
    const snapshot = async () =>
      JSON.stringify({
        nda: await db.ndaTemplate.findMany({ orderBy: { locale: "asc" } }),
        documents: await db.libraryDocument.findMany({
          orderBy: { slug: "asc" },
          select: { id: true, slug: true, sha256: true, gated: true },
        }),
        rules: await db.accessRule.findMany(),
        updates: await db.trustUpdate.count(),
        audit: await db.auditEvent.count(),
      });
    const first = await snapshot();
    await seedLibrary();
    expect(await snapshot()).toBe(first);

    for (const locale of ["en", "de"] as const) {
      const nda = await getCurrentNda(locale);
      expect(nda).toMatchObject({ version: 1, locale, fallback: false });
      expect(nda!.contentHash).toBe(sha256Hex(nda!.body));
      expect(nda!.body).not.toMatch(/^##/);
    }
    expect((await getCurrentNda("en"))!.title).toBe("Non-disclosure agreement for security documentation");

    const documents = await db.libraryDocument.findMany({ orderBy: { slug: "asc" } });
    expect(documents.map((d) => [d.slug, d.gated])).toEqual([
      ["pentest-summary-2026", true],
      ["security-questionnaire-caiq", true],
      ["security-whitepaper", false],
    ]);
    for (const document of documents) {
      const bytes = new Uint8Array(document.data);
      expect(document.sha256).toBe(sha256Hex(bytes));
      expect(document.fileName).toBe(`${document.slug}.pdf`);
      expect(document.titleDe).not.toBe("");
      await assertAcceptablePdf({ bytes, declaredType: "application/pdf", declaredName: document.fileName });
      expect((await PDFDocument.load(bytes)).getPageCount(), document.slug).toBeGreaterThanOrEqual(2);
    }

    expect(await db.accessRule.findUnique({ where: { domain: DEMO_RULE_DOMAIN } })).toMatchObject({
      action: "AUTO_APPROVE",
      grantDays: 30,
    });
    expect(
      (await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } })).refuseFreeMailDomains,
    ).toBe(false);
  });

  it("splits the NDA file into its title and body", () => {
    expect(splitNda("## Title here\n\nBody text.\n")).toEqual({ title: "Title here", body: "Body text." });
  });
});
