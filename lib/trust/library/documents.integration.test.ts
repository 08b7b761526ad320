// The document library: staff upload checked PDFs (S16) stored with their SHA-256 under a server-side
// name, replace files, edit metadata, archive; the public list and direct downloads follow.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { anonymousContext, contextFor } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import {
  createLibraryDocument,
  replaceLibraryFile,
  setLibraryDocumentArchived,
  updateLibraryMetadata,
} from "./documents.ts";
import { libraryMetadataInput } from "./metadata-input.ts";
import {
  downloadPublicDocument,
  listPublicLibrary,
  listRequestableDocuments,
  publicDocumentHead,
} from "./public-library.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { getLibraryDocumentForStaff, listLibraryForStaff } from "./staff-list.ts";
import { LIBRARY_MESSAGES } from "./messages.ts";
import { makeTestPdf, uniqueSuffix } from "./test-fixtures.ts";

let staffId: string;
let ctx: SignedInContext;
beforeAll(async () => {
  await upsertProviderSettings();
  const staff = await createUser({ staffRoles: ["CONTENT"] });
  staffId = staff.id;
  ctx = await contextFor(staff);
});

const visitor = anonymousContext({
  request: { ip: "203.0.113.30", userAgent: "Mozilla/5.0 (library test)", requestId: "req-library" },
});

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
    const created = await createLibraryDocument(ctx, input, {
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
      {
        code: "unsupported_type",
        file: { bytes: html, declaredType: "application/pdf", declaredName: "x.pdf" },
      },
      {
        code: "unsupported_type",
        file: { bytes: await makeTestPdf(), declaredType: "text/html", declaredName: "x.pdf" },
      },
      {
        code: "invalid",
        file: {
          bytes: await makeTestPdf(),
          declaredType: "application/pdf",
          declaredName: "../../../etc/cron.d/x.pdf",
        },
      },
    ];
    for (const { code, file } of cases)
      await expect(createLibraryDocument(ctx, metadata(), file)).rejects.toMatchObject({ code });
    await expect(createLibraryDocument(ctx, metadata(), null)).rejects.toMatchObject({
      code: "invalid",
      text: LIBRARY_MESSAGES.chooseFile,
    });
    expect(await db.libraryDocument.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "trust.library.document.uploaded" } })).toBe(1);
  });

  it("refuses a slug that is taken", async () => {
    const input = metadata();
    await createLibraryDocument(ctx, input, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    await expect(
      createLibraryDocument(
        ctx,
        { ...input, title: "Other" },
        { bytes: await makeTestPdf(), declaredType: "application/pdf", declaredName: "b.pdf" },
      ),
    ).rejects.toMatchObject({ code: "invalid", text: LIBRARY_MESSAGES.slugTaken });
  });
});

describe("changing a document", () => {
  it("replaces the file, keeping the server-side name, and audits both hashes", async () => {
    const first = await makeTestPdf(1, "first");
    const input = metadata({ gated: "true" });
    const { id } = await createLibraryDocument(ctx, input, {
      bytes: first,
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const second = await makeTestPdf(2, "second");
    await replaceLibraryFile(ctx, id, {
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
      replaceLibraryFile(ctx, id, {
        bytes: new TextEncoder().encode("not a pdf"),
        declaredType: "application/pdf",
        declaredName: "x.pdf",
      }),
    ).rejects.toMatchObject({ code: "unsupported_type" });
    expect((await db.libraryDocument.findUniqueOrThrow({ where: { id } })).sha256).toBe(sha256Hex(second));
  });

  it("edits metadata (slug and file name follow), audits the changed fields, and says when nothing changed", async () => {
    const input = metadata();
    const { id } = await createLibraryDocument(ctx, input, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const slug = `renamed-${uniqueSuffix()}`;
    expect(
      await updateLibraryMetadata(ctx, { documentId: id, ...input, slug, title: "Renamed", gated: true }),
    ).toEqual({ changed: ["slug", "title", "gated"] });
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
      await updateLibraryMetadata(ctx, { documentId: id, ...input, slug, title: "Renamed", gated: true }),
    ).toEqual({ changed: [] });
  });

  it("archives: the document leaves the public list, requests and downloads; restoring brings it back", async () => {
    const clock = fixedClock("2026-11-23T08:00:00Z");
    const archiving = { ...ctx, clock };
    const publicInput = metadata();
    const gatedInput = metadata({ gated: "true" });
    const publicDoc = await createLibraryDocument(ctx, publicInput, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const gatedDoc = await createLibraryDocument(ctx, gatedInput, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "b.pdf",
    });
    expect((await listPublicLibrary("en")).map((d) => d.slug)).toEqual(
      expect.arrayContaining([publicInput.slug, gatedInput.slug]),
    );
    expect((await listRequestableDocuments("en")).map((d) => d.slug)).toContain(gatedInput.slug);
    expect((await listRequestableDocuments("en")).map((d) => d.slug)).not.toContain(publicInput.slug);

    expect(await setLibraryDocumentArchived(archiving, publicDoc.id, true)).toEqual({
      archived: true,
      changed: true,
    });
    await setLibraryDocumentArchived(archiving, gatedDoc.id, true);
    expect(await setLibraryDocumentArchived(archiving, gatedDoc.id, true)).toEqual({
      archived: true,
      changed: false,
    });
    expect((await listPublicLibrary("en")).map((d) => d.slug)).not.toContain(publicInput.slug);
    expect((await listRequestableDocuments("en")).map((d) => d.slug)).not.toContain(gatedInput.slug);
    expect(await downloadPublicDocument(visitor, publicInput.slug)).toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "trust.library.document.archived", targetId: publicDoc.id },
      }),
    ).toBe(1);
    expect((await getLibraryDocumentForStaff(ctx, publicDoc.id)).archivedAt).toEqual(clock.now());

    await setLibraryDocumentArchived(ctx, publicDoc.id, false);
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
    await createLibraryDocument(ctx, german, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    await createLibraryDocument(ctx, englishOnly, {
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

  it("downloads public documents directly, counted per day without a row per request; gated ones never (S24)", async () => {
    const publicInput = metadata();
    const gatedInput = metadata({ gated: "true" });
    const bytes = await makeTestPdf();
    const { id } = await createLibraryDocument(ctx, publicInput, {
      bytes,
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    await createLibraryDocument(ctx, gatedInput, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "b.pdf",
    });

    const download = await downloadPublicDocument(visitor, publicInput.slug);
    expect(download).toMatchObject({ fileName: `${publicInput.slug}.pdf`, sha256: sha256Hex(bytes) });
    expect(Buffer.from(download!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(await db.documentDownload.count({ where: { documentId: id } })).toBe(0);
    expect(await db.publicDownloadCount.findMany({ where: { documentId: id } })).toEqual([
      {
        documentId: id,
        day: new Date(`${visitor.clock.now().toISOString().slice(0, 10)}T00:00:00Z`),
        count: 1,
        lastDownloadAt: expect.any(Date),
      },
    ]);
    expect(await publicDocumentHead(publicInput.slug)).toEqual({
      fileName: `${publicInput.slug}.pdf`,
      sha256: sha256Hex(bytes),
      sizeBytes: bytes.byteLength,
    });
    expect(await publicDocumentHead(gatedInput.slug)).toBeNull();
    expect(await downloadPublicDocument(visitor, gatedInput.slug)).toBeNull();
    expect(await downloadPublicDocument(visitor, "no-such-doc")).toBeNull();

    const summary = (await listLibraryForStaff(ctx)).find((d) => d.id === id);
    expect(summary).toMatchObject({ downloads: 1, lastDownloadAt: expect.any(Date) });
  });
});

describe("anonymous downloads cannot flood the database (S24)", () => {
  it("500 anonymous downloads and 500 HEAD requests of a public document add one row a day; staff still see the count (S24)", async () => {
    const input = metadata();
    const { id } = await createLibraryDocument(ctx, input, {
      bytes: await makeTestPdf(),
      declaredType: "application/pdf",
      declaredName: "a.pdf",
    });
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const rows = async () =>
      (await db.documentDownload.count({ where: { documentId: id } })) +
      (await db.publicDownloadCount.count({ where: { documentId: id } }));
    for (let i = 0; i < 500; i++) {
      const from = anonymousContext({
        clock,
        request: { ip: `198.51.100.${i % 250}`, userAgent: `flood ${i}`, requestId: `req-flood-${i}` },
      });
      expect(await downloadPublicDocument(from, input.slug)).not.toBeNull();
      expect(await publicDocumentHead(input.slug)).not.toBeNull();
    }
    expect(await db.documentDownload.count({ where: { documentId: id } })).toBe(0);
    expect(await rows()).toBe(1);
    expect(await getLibraryDocumentForStaff(ctx, id)).toMatchObject({
      downloads: 500,
      lastDownloadAt: clock.now(),
    });

    // The next day starts a second row; the figures add up.
    clock.set("2026-11-24T00:00:01.000Z");
    await downloadPublicDocument(anonymousContext({ clock }), input.slug);
    expect(await rows()).toBe(2);
    expect((await listLibraryForStaff(ctx)).find((d) => d.id === id)).toMatchObject({
      downloads: 501,
      lastDownloadAt: clock.now(),
    });
  });
});
