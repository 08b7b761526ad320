// Library uploads (SECURITY.md S16, with S11 and S14): the upload route refuses HTML/PDF polyglots,
// oversize bodies, non-PDFs and path-traversal file names, storing nothing; it refuses foreign origins
// and callers without the library permission; a valid PDF is stored under <slug>.pdf and served as an
// attachment with nosniff.
import { createHash } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { makeTestPdf, uniqueSuffix } from "../../lib/trust/library/test-fixtures.ts";
import { expect, test } from "../fixtures";

type FilePart = { name: string; mimeType: string; buffer: Buffer };

function upload(
  request: APIRequestContext,
  origin: string | null,
  slug: string,
  file: FilePart,
  extra: Record<string, string> = {},
) {
  return request.post("/api/admin/library", {
    headers: origin ? { Origin: origin } : {},
    multipart: {
      title: `Upload test ${slug}`,
      titleDe: "",
      description: "",
      descriptionDe: "",
      slug,
      gated: "false",
      ...extra,
      file,
    },
  });
}

const stored = (slug: string) => db.libraryDocument.count({ where: { slug } });

test.describe("library uploads (S16)", () => {
  test("refuses polyglots, oversize, non-PDFs and path names; stores nothing", async ({
    context,
    baseURL,
    makeUser,
    signIn,
  }) => {
    await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
    const origin = new URL(baseURL!).origin;
    const pdf = Buffer.from(await makeTestPdf(1));
    const polyglot = Buffer.concat([
      Buffer.from("%PDF-1.7\n%<html><body><script>alert(document.domain)</script></body></html>\n"),
      pdf.subarray(9),
    ]);
    const oversize = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

    const cases: { label: string; file: FilePart; status: number }[] = [
      {
        label: "HTML/PDF polyglot",
        file: { name: "report.pdf", mimeType: "application/pdf", buffer: polyglot },
        status: 415,
      },
      {
        label: "larger than 10 MB",
        file: { name: "big.pdf", mimeType: "application/pdf", buffer: oversize },
        status: 413,
      },
      { label: "a PNG", file: { name: "image.png", mimeType: "image/png", buffer: png }, status: 415 },
      {
        label: "HTML declared as PDF",
        file: {
          name: "page.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.from("<!doctype html><script>alert(1)</script>"),
        },
        status: 415,
      },
      {
        label: "a path-traversal file name",
        file: { name: "../../../etc/passwd.pdf", mimeType: "application/pdf", buffer: pdf },
        status: 400,
      },
    ];
    for (const { label, file, status } of cases) {
      const slug = `s16-${uniqueSuffix()}`;
      const response = await upload(context.request, origin, slug, file);
      expect(response.status(), label).toBe(status);
      expect((await response.json()).ok, label).toBe(false);
      expect(await stored(slug), `${label}: nothing stored`).toBe(0);
    }
  });

  test("refuses a foreign or missing Origin (S14) and callers without the library permission (S11)", async ({
    context,
    browser,
    baseURL,
    makeUser,
    makeOrganization,
    signIn,
  }) => {
    await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
    const pdf = { name: "ok.pdf", mimeType: "application/pdf", buffer: Buffer.from(await makeTestPdf(1)) };
    for (const origin of ["https://evil.example", null]) {
      const slug = `s14-${uniqueSuffix()}`;
      expect((await upload(context.request, origin, slug, pdf)).status()).toBe(403);
      expect(await stored(slug)).toBe(0);
    }

    const origin = new URL(baseURL!).origin;
    const org = await makeOrganization();
    const callers = [
      { label: "support staff", roles: { staffRoles: ["SUPPORT" as const] }, status: 403 },
      {
        label: "an organisation owner",
        roles: { memberships: [{ organizationId: org.id, role: "OWNER" as const }] },
        status: 404,
      },
    ];
    for (const caller of callers) {
      const other = await browser.newContext({ baseURL });
      await signIn(other, await makeUser(caller.roles));
      const slug = `s11-${uniqueSuffix()}`;
      expect((await upload(other.request, origin, slug, pdf)).status(), caller.label).toBe(caller.status);
      expect(await stored(slug)).toBe(0);
      await other.close();
    }
    const anonymous = await browser.newContext({ baseURL });
    const slug = `anon-${uniqueSuffix()}`;
    expect((await upload(anonymous.request, origin, slug, pdf)).status()).toBe(401);
    expect(await stored(slug)).toBe(0);
    await anonymous.close();
  });

  test("a valid PDF is stored under <slug>.pdf and served as an attachment with nosniff", async ({
    context,
    baseURL,
    makeUser,
    signIn,
    playwright,
  }) => {
    await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
    const slug = `valid-${uniqueSuffix()}`;
    const pdf = Buffer.from(await makeTestPdf(2));
    const response = await upload(context.request, new URL(baseURL!).origin, slug, {
      name: "Whitepaper FINAL (2).pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    expect(response.status()).toBe(201);
    const row = await db.libraryDocument.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({
      fileName: `${slug}.pdf`,
      contentType: "application/pdf",
      sizeBytes: pdf.byteLength,
    });

    const visitor = await playwright.request.newContext({ baseURL });
    const download = await visitor.get(`/en/documents/${slug}/download`);
    expect(download.status()).toBe(200);
    expect(download.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${slug}.pdf"`,
      "x-content-type-options": "nosniff",
    });
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    // Counted per day, not logged as a row per request; HEAD is answered without the file and not counted (S24).
    const counted = async () =>
      (await db.publicDownloadCount.aggregate({ where: { documentId: row.id }, _sum: { count: true } }))._sum
        .count;
    expect(await db.documentDownload.count({ where: { documentId: row.id } })).toBe(0);
    expect(await counted()).toBe(1);
    const head = await visitor.head(`/en/documents/${slug}/download`);
    expect(head.status()).toBe(200);
    // The same headers as the download (Next.js drops Content-Length from a body-less answer), no body.
    expect(head.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${slug}.pdf"`,
      "x-content-sha256": createHash("sha256").update(pdf).digest("hex"),
    });
    expect((await head.body()).byteLength).toBe(0);
    expect(await counted()).toBe(1);

    // The public library lists it (the upload revalidated the prerendered page).
    const library = await visitor.get("/en/documents");
    expect(await library.text()).toContain(`Upload test ${slug}`);

    // A gated document has no direct download.
    await db.libraryDocument.update({ where: { id: row.id }, data: { gated: true } });
    expect((await visitor.get(`/en/documents/${slug}/download`)).status()).toBe(404);
    await visitor.dispose();
  });
});
