// A DPA version is published only with its Art. 28(3) particulars (GDPR.md D1/D2; ADR 0029): each missing
// field, each clause without a location and each clause pointing at no heading of the text is refused with
// a message naming it, and nothing is published (no version, no update entry, no notice). Complete
// particulars are stored with the version (immutable), reach the public reader in the same query and the PDF.
// Only content staff (and ADMIN) may save particulars or publish; PRIVACY and SUPPORT may not.
import { describe, expect, it } from "vitest";
import { createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { printedText } from "../pdf/testing/pdf-content.ts";
import { contextFor } from "../testing/context.ts";
import { loadDocumentPdf } from "../trust/policies/document-pdf.ts";
import { getPublishedDocument } from "../trust/policies/public-documents.ts";
import { DPA_CLAUSES, PARTICULAR_FIELDS, readParticulars } from "./particulars.ts";
import { saveDpaParticulars } from "./save-particulars.ts";
import { completeParticulars, dpaBody, publishDpa } from "./testing.ts";

const editor = async () => contextFor(await createUser({ staffRoles: ["CONTENT"] }));
const counts = async () => ({
  versions: await db.trustDocumentVersion.count(),
  updates: await db.trustUpdate.count(),
  notices: await db.dpaNotice.count(),
});

describe("publishing a DPA version without its particulars", () => {
  it.each(PARTICULAR_FIELDS)(
    "is refused when %s is empty, naming it, and publishes nothing",
    async (field) => {
      const ctx = await editor();
      const before = await counts();
      const error = await publishDpa(ctx, { particulars: completeParticulars({ [field]: "  " }) }).catch(
        (e) => e,
      );
      expect(error).toMatchObject({ code: "invalid" });
      const label = {
        subjectMatter: "subject matter",
        duration: "duration",
        nature: "nature of the processing",
        purpose: "purpose of the processing",
        dataTypes: "types of personal data",
        dataSubjects: "categories of data subjects",
      }[field];
      expect(error.text.en).toContain(`missing ${label}`);
      expect(await counts()).toEqual(before);
    },
  );

  it.each(DPA_CLAUSES)("is refused when clause (%s) has no location, naming it", async (clause) => {
    const ctx = await editor();
    const base = completeParticulars();
    const error = await publishDpa(ctx, {
      particulars: { ...base, clauses: { ...base.clauses, [clause]: "" } },
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "invalid" });
    expect(error.text.en).toContain(`clause (${clause}) of Art. 28(3)`);
    expect(await db.trustDocumentVersion.count({ where: { document: { slug: "dpa" } } })).toBe(0);
  });

  it("is refused when a clause points at a heading the text does not have", async () => {
    const ctx = await editor();
    const base = completeParticulars();
    const error = await publishDpa(ctx, {
      particulars: { ...base, clauses: { ...base.clauses, g: "#99-deletion" } },
    }).catch((e) => e);
    expect(error.text.en).toContain(
      'clause (g) points at "#99-deletion", which is not a heading of this text',
    );
    // The same particulars with a text that lost the heading: refused too.
    await publishDpa(ctx);
    const later = await publishDpa(ctx, { body: dpaBody().replace("## 12. Audits", "Audits") }).catch(
      (e) => e,
    );
    expect(later.text.en).toContain('clause (h) points at "#12-audits"');
    expect(await db.trustDocumentVersion.count({ where: { document: { slug: "dpa" } } })).toBe(1);
  });

  it("is refused with no particulars saved at all, listing everything", async () => {
    const ctx = await editor();
    // No German draft has particulars (the tests above saved English ones).
    const { publishDocument, publishInput } = await import("../trust/policies/publish.ts");
    const error = await publishDocument(
      ctx,
      publishInput.parse({
        slug: "dpa",
        locale: "de",
        title: "AVV",
        body: dpaBody(),
        effectiveDate: "2026-03-01",
        changelog: "Erste.",
      }),
    ).catch((e) => e);
    expect(error.text.en).toMatch(
      /missing subject matter, duration, .*categories of data subjects; no location in the text for clauses \(a\), \(b\)/,
    );
  });
});

describe("publishing a DPA version with its particulars", () => {
  it("stores them immutably with the version; the public page and the PDF show them", async () => {
    await upsertProviderSettings();
    const ctx = await editor();
    await publishDpa(ctx, { body: dpaBody("Version two.") });
    const version = await db.trustDocumentVersion.findFirstOrThrow({
      where: { document: { slug: "dpa" } },
      orderBy: { version: "desc" },
    });
    expect(readParticulars(version.dpaParticulars)).toEqual(completeParticulars());
    await expect(
      db.trustDocumentVersion.update({ where: { id: version.id }, data: { dpaParticulars: {} } }),
    ).rejects.toThrow();
    const published = await getPublishedDocument("dpa", "en");
    expect(readParticulars(published?.current.dpaParticulars)).toEqual(completeParticulars());
    const pdf = await loadDocumentPdf("dpa", "en", "latest");
    const text = printedText(pdf!.bytes);
    expect(text).toContain("Particulars of the processing");
    expect(text).toContain("Hosting the analytics platform for the customer.");
  });

  it("only content staff and admins save particulars or publish; PRIVACY and SUPPORT are refused", async () => {
    for (const role of ["PRIVACY", "SUPPORT", "SECURITY"] as const) {
      const ctx = await contextFor(await createUser({ staffRoles: [role] }));
      await expect(
        saveDpaParticulars(ctx, { locale: "en", particulars: completeParticulars() }),
      ).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(publishDpa(ctx)).rejects.toMatchObject({ code: "forbidden" });
    }
    const admin = await contextFor(await createUser({ staffRoles: ["ADMIN"] }));
    await expect(publishDpa(admin, { body: dpaBody("Version three.") })).resolves.toMatchObject({
      version: 3,
    });
  });
});
