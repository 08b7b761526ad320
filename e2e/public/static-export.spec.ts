// The static mirror (npm run export:static, ADR 0036) against the live site it was made from: exported
// from this instance over HTTP into a temporary folder, served by a plain static file server, and
// compared page by page — the same title, headings and main text in both languages, the same bytes for
// JSON, CSV, Atom, security.txt, the keys and the PDFs. Other specs publish while this one runs: a
// page that changed between the crawl and the comparison is compared with what the crawl read.
import { crawlPublicSite } from "../../lib/static-export/crawl.ts";
import { buildMirror } from "../../lib/static-export/mirror.ts";
import { writeMirrorFolder } from "../../lib/static-export/write-folder.ts";
import { expect, test } from "../fixtures";
import { serveFolder } from "../fixtures/static-folder-server";

const decoder = new TextDecoder();

function text(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The bytes at `url`, asked again if the connection drops before an answer (a keep-alive race). */
async function bytesAt(url: URL): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return new Uint8Array(await (await fetch(url)).arrayBuffer());
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** What a reader sees of a page: its title, its headings and its main content's text. */
function summary(html: string): { title: string; headings: string[]; main: string } {
  return {
    title: text(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ""),
    headings: [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => text(m[2]!)),
    main: text(/<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? ""),
  };
}

test("the exported folder, served as static files, shows the same trust center as the live site", async ({
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const live = baseURL!;
  const crawl = await crawlPublicSite({ origin: live });
  const files = buildMirror(crawl, live);
  const folder = test.info().outputPath("mirror");
  await writeMirrorFolder(folder, files);
  const mirror = await serveFolder(folder);
  try {
    const crawled = new Map(crawl.files.map((f) => [f.path, f.body]));
    // A file the live site redirects (/security.txt) holds its target's bytes.
    for (const { path, location } of crawl.redirects) {
      const target = crawled.get(location);
      if (target) crawled.set(path, target);
    }
    const paths = files.map((f) => f.path);
    // Both languages of every kind of page, and the files the brief lists.
    for (const locale of ["en", "de"]) {
      for (const path of [
        "",
        "/subprocessors",
        "/dpa",
        "/dpa/history",
        "/toms/history",
        "/updates",
        "/documents",
      ])
        expect(paths).toContain(`/${locale}${path}`);
      expect(paths.some((p) => p.startsWith(`/${locale}/`) && /\/diff\/\d+\/\d+$/.test(p))).toBe(true);
      expect(paths.some((p) => p.startsWith(`/${locale}/`) && /\/v\/\d+$/.test(p))).toBe(true);
      expect(paths.some((p) => p.startsWith(`/${locale}/dpa/`) && p.endsWith(".pdf"))).toBe(true);
    }
    for (const file of [
      "/subprocessors.json",
      "/subprocessors.csv",
      "/updates.atom",
      "/.well-known/security.txt",
    ])
      expect(paths).toContain(file);
    expect(files.some((f) => f.file.startsWith("_next/static/") && f.file.endsWith(".css"))).toBe(true);
    expect(paths.some((p) => p.includes("/documents/access") || p.includes("/subscriptions"))).toBe(false);

    let pages = 0;
    let copies = 0;
    for (const file of files.filter((f) => f.kind !== "generated")) {
      const url = file.file.endsWith("index.html")
        ? `/${file.file.slice(0, -"index.html".length)}`
        : `/${file.file}`;
      const served = await fetch(new URL(url, mirror.origin));
      expect(served.status, url).toBe(200);
      const mirrored = new Uint8Array(await served.arrayBuffer());
      const now = await bytesAt(new URL(file.path, live));
      const then = crawled.get(file.path)!;
      if (file.kind === "copy") {
        copies += 1;
        expect(Buffer.from(mirrored).equals(Buffer.from(then)), url).toBe(true);
        // Unchanged on the live site, or changed by another spec since the crawl.
        if (!Buffer.from(now).equals(Buffer.from(mirrored)))
          expect(Buffer.from(now).equals(Buffer.from(then)), `${url} differs from the live bytes`).toBe(
            false,
          );
        continue;
      }
      pages += 1;
      const ours = summary(decoder.decode(mirrored));
      expect(ours.headings.length, url).toBeGreaterThan(0);
      expect(ours, url).toEqual(summary(decoder.decode(then)));
      const theirs = summary(decoder.decode(now));
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        expect(theirs, `${url} differs from the live page`).not.toEqual(summary(decoder.decode(then)));
    }
    expect(pages).toBeGreaterThan(40);
    expect(copies).toBeGreaterThan(8);

    // In a browser: the root picks the language, the page has its stylesheet, a form opens on the live site.
    await page.goto(`${mirror.origin}/`);
    await expect(page).toHaveURL(new RegExp(`^${mirror.origin}/(en|de)/?$`));
    await page.goto(`${mirror.origin}/en/subprocessors/`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute(
      "href",
      /^\/_next\/static\//,
    );
    expect(await page.locator("script").count()).toBe(0);
    const subscribe = page.getByRole("form", { name: "Subscribe" });
    await expect(subscribe).toHaveAttribute("action", `${live}/en/subprocessors`);
    await expect(subscribe).toHaveAttribute("method", "get");
    await page.getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(new RegExp(`^${mirror.origin}/de/subprocessors/`));
  } finally {
    await mirror.close();
  }
});
