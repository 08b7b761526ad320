// The document library: staff upload checked PDFs (S16) stored with their SHA-256 under a server-side
// name, replace files, edit metadata, archive; the public list and direct downloads follow.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { actAs } from "../../testing/fake-next-request.ts";
import { fixedClock } from "../../time/clock.ts";
import {
  createLibraryDocument,
  replaceLibraryFile,
  setLibraryDocumentArchived,
  updateLibraryMetadata,
} from "./documents.ts";
import { libraryMetadataInput } from "./metadata-input.ts";
import { downloadPublicDocument, listPublicLibrary, listRequestableDocuments } from "./public-library.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { getLibraryDocumentForStaff, listLibraryForStaff } from "./staff-list.ts";
import { makeTestPdf, uniqueSuffix } from "./test-fixtures.ts";
import { UploadRejectedError } from "./upload-rejected.ts";

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);

let staffId: string;
beforeAll(async () => {
  await upsertProviderSettings();
  const staff = await createUser({ staffRoles: ["CONTENT"] });
  staffId = staff.id;
  await actAs(staff);
});

const visitor = { ip: "203.0.113.30", userAgent: "Mozilla/5.0 (library test)", requestId: "req-library" };

function metadata(overrides: Record<string, string> = {}) {
  return libraryMetadataInput.parse({
    slug: `doc-${uniqueSuffix()}`,
    title: "Security whitepaper",
    titleDe: "Sicherheits-Whitepaper",
    description: "How we protect data.",
    descriptionDe: "",
    gated: "false",
    ...overrides,
  });
}

describe("uploading", () => {
  it("stores the PDF with its SHA-256 and size under <slug>.pdf, never the client's name; audited and announced", async () => {
    const bytes = await makeTestPdf(3);
    const input = metadata();
    const created = await createLibraryDocument(input, {
      bytes,
      declaredType: "application/pdf",
      declaredName: "Whitepaper FINAL (2).pdf",
    });
    const row = await db.libraryDocument.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      slug: input.slug,
      fileName: `${input.slug}.pdf`,
      contentType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
      uploadedById: staffId,
      gated: false,
    });
    expect(Buffer.from(row.data).equals(Buffer.from(bytes))).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.library.document.uploaded", targetId: created.id },
    });
    expect(audit).toMatchObject({ actorUserId: staffId });
    expect(audit.metadata).toMatchObject({ sha256: sha256Hex(bytes), slug: input.slug });
    expect(
      await db.trustUpdate.count({
        where: { path: "/documents", title: { contains: "Security whitepaper" } },
      }),
    ).toBeGreaterThan(0);
  });

  it("refuses non-PDFs, polyglots and path names, storing nothing (S16)", async () => {
    const before = await db.libraryDocument.count();
    const html = new TextEncoder().encode("%PDF-1.7\n<html><script>alert(1)</script></html>");
    const cases = [
      { bytes: html, declaredType: "application/pdf", declaredName: "x.pdf" },
      { bytes: await makeTestPdf(), declaredType: "text/html", declaredName: "x.pdf" },
      {
        bytes: await makeTestPdf(),
        declaredType: "application/pdf",
        declaredName: "../../../etc/cron.d/x.pdf",
      },
    ];
    for (const file of cases)
      await expect(createLibraryDocument(metadata(), file)).rejects.toBeInstanceOf(UploadRejectedError);
    await expect(createLibraryDocument(metadata(), null)).rejects.toThrow("Choose a PDF");
    expect(await db.libraryDocument.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "trust.library.document.uploaded" } })).toBe(1);
  });

  it("refuses a slug that is taken", async () => {
    const input = metadata();
    await createLibraryDocument(input, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    await expect(
      createLibraryDocument(
        { ...input, title: "Other" },
        { bytes: await makeTestPdf(), declaredType: "application/pdf", declaredName: "b.pdf" },
      ),
    ).rejects.toThrow("already uses this slug");
  });
});

describe("changing a document", () => {
  it("replaces the file, keeping the server-side name, and audits both hashes", async () => {
    const first = await makeTestPdf(1, "first");
    const input = metadata({ gated: "true" });
    const { id } = await createLibraryDocument(input, {
      bytes: first,
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const second = await makeTestPdf(2, "second");
    await replaceLibraryFile(id, {
      bytes: second,
      declaredType: "application/pdf",
      declaredName: "renamed.pdf",
    });
    const row = await db.libraryDocument.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      sha256: sha256Hex(second),
      sizeBytes: second.byteLength,
      fileName: `${input.slug}.pdf`,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.library.document.file_replaced", targetId: id },
    });
    expect(audit.metadata).toMatchObject({ previousSha256: sha256Hex(first), sha256: sha256Hex(second) });
    await expect(
      replaceLibraryFile(id, {
        bytes: new TextEncoder().encode("not a pdf"),
        declaredType: "application/pdf",
        declaredName: "x.pdf",
      }),
    ).rejects.toBeInstanceOf(UploadRejectedError);
    expect((await db.libraryDocument.findUniqueOrThrow({ where: { id } })).sha256).toBe(sha256Hex(second));
  });

  it("edits metadata (slug and file name follow), audits the changed fields, and says when nothing changed", async () => {
    const input = metadata();
    const { id } = await createLibraryDocument(input, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const slug = `renamed-${uniqueSuffix()}`;
    expect(
      await updateLibraryMetadata({ documentId: id, ...input, slug, title: "Renamed", gated: true }),
    ).toBe("Saved 3 changes.");
    expect(await db.libraryDocument.findUniqueOrThrow({ where: { id } })).toMatchObject({
      slug,
      fileName: `${slug}.pdf`,
      title: "Renamed",
      gated: true,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.library.document.updated", targetId: id },
    });
    expect(audit.metadata).toMatchObject({ changed: ["slug", "title", "gated"], previousSlug: input.slug });
    expect(
      await updateLibraryMetadata({ documentId: id, ...input, slug, title: "Renamed", gated: true }),
    ).toBe("Nothing changed.");
  });

  it("archives: the document leaves the public list, requests and downloads; restoring brings it back", async () => {
    const clock = fixedClock("2026-11-23T08:00:00Z");
    const publicInput = metadata();
    const gatedInput = metadata({ gated: "true" });
    const publicDoc = await createLibraryDocument(publicInput, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const gatedDoc = await createLibraryDocument(gatedInput, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "b.pdf",
    });
    expect((await listPublicLibrary("en")).map((d) => d.slug)).toEqual(
      expect.arrayContaining([publicInput.slug, gatedInput.slug]),
    );
    expect((await listRequestableDocuments("en")).map((d) => d.slug)).toContain(gatedInput.slug);
    expect((await listRequestableDocuments("en")).map((d) => d.slug)).not.toContain(publicInput.slug);

    await setLibraryDocumentArchived(publicDoc.id, true, clock);
    await setLibraryDocumentArchived(gatedDoc.id, true, clock);
    expect((await listPublicLibrary("en")).map((d) => d.slug)).not.toContain(publicInput.slug);
    expect((await listRequestableDocuments("en")).map((d) => d.slug)).not.toContain(gatedInput.slug);
    expect(await downloadPublicDocument(publicInput.slug, visitor)).toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "trust.library.document.archived", targetId: publicDoc.id },
      }),
    ).toBe(1);
    expect((await getLibraryDocumentForStaff(publicDoc.id))?.archivedAt).toEqual(clock.now());

    await setLibraryDocumentArchived(publicDoc.id, false);
    expect((await listPublicLibrary("en")).map((d) => d.slug)).toContain(publicInput.slug);
    expect(
      await db.auditEvent.count({
        where: { action: "trust.library.document.restored", targetId: publicDoc.id },
      }),
    ).toBe(1);
  });
});

describe("public library", () => {
  it("shows German titles where they exist and labels the English fallback", async () => {
    const german = metadata();
    const englishOnly = metadata({ titleDe: "", title: "English only" });
    await createLibraryDocument(german, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    await createLibraryDocument(englishOnly, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "b.pdf",
    });
    const list = await listPublicLibrary("de");
    expect(list.find((d) => d.slug === german.slug)).toMatchObject({
      title: "Sicherheits-Whitepaper",
      description: "How we protect data.",
      untranslated: false,
    });
    expect(list.find((d) => d.slug === englishOnly.slug)).toMatchObject({
      title: "English only",
      untranslated: true,
    });
  });

  it("downloads public documents directly, logged without a recipient; gated ones never", async () => {
    const publicInput = metadata();
    const gatedInput = metadata({ gated: "true" });
    const bytes = await makeTestPdf();
    const { id } = await createLibraryDocument(publicInput, {
      bytes,
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    await createLibraryDocument(gatedInput, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "b.pdf",
    });

    const download = await downloadPublicDocument(publicInput.slug, visitor);
    expect(download).toMatchObject({ fileName: `${publicInput.slug}.pdf`, sha256: sha256Hex(bytes) });
    expect(Buffer.from(download!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(await db.documentDownload.findMany({ where: { documentId: id } })).toEqual([
      expect.objectContaining({
        email: null,
        company: null,
        grantId: null,
        ip: visitor.ip,
        userAgent: visitor.userAgent,
        deliveredSha256: sha256Hex(bytes),
      }),
    ]);
    expect(await downloadPublicDocument(gatedInput.slug, visitor)).toBeNull();
    expect(await downloadPublicDocument("no-such-doc", visitor)).toBeNull();

    const summary = (await listLibraryForStaff()).find((d) => d.id === id);
    expect(summary).toMatchObject({ downloads: 1, lastDownloadAt: expect.any(Date) });
  });
});
