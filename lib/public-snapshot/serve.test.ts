// The public-page snapshot over real HTTP (ADR 0032), with a stand-in for Next.js behind it that counts what
// it renders: a prerendered page is stored after its first visit and then answered from memory with the same
// status, headers and body (gzip when accepted, 304 on a matching ETag, no body for HEAD); an unprefixed page
// in the visitor's language with its Vary; per-request pages, responses with cookies, queries, client-router
// requests and POSTs always reach Next.js; a publish (clearPublicSnapshot) makes the next visit render afresh,
// even while Next's own cache still holds the old page (it applies a publish after the publishing request).
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { preferredLocale } from "../i18n/locale.ts";
import { servePublicSnapshot } from "./serve.ts";
import { clearPublicSnapshot } from "./store.ts";

const CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'";
const REVALIDATE_ID = "preview-id-of-this-build";
let renders: string[] = [];
/** What the database holds, and what Next's incremental cache holds of the pages (path → version). */
let version = 1;
const nextCache = new Map<string, number>();
let server: Server;
let origin = "";

/** Stands in for Next.js: what it answers, and a log of every request it rendered. */
function next(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? "/";
  // Like proxy.ts: an unprefixed page is rewritten to the visitor's language.
  const language = preferredLocale(
    /a28-locale=(\w+)/.exec(req.headers.cookie ?? "")?.[1],
    req.headers["accept-language"],
  );
  const path = url === "/toms" || url === "/toms/latest.pdf" ? `/${language}${url}` : url;
  renders.push(`${req.method} ${url}`);
  res.setHeader("content-security-policy", CSP);
  res.setHeader("vary", "rsc, Accept-Encoding");
  res.setHeader("x-nextjs-cache", "HIT");
  if (path.startsWith("/en/documents/access/")) {
    res.setHeader("cache-control", "no-store");
    return res.end(`personal page ${path}`);
  }
  if (path === "/en/welcome") {
    res.setHeader("x-nextjs-prerender", "1");
    res.setHeader("set-cookie", "a=b");
    return res.end("a page with a cookie");
  }
  if (/^\/(en|de)\/toms\/latest\.pdf$/.test(path)) {
    res.setHeader("cache-control", "public, max-age=300");
    res.setHeader("content-type", "application/pdf");
    res.setHeader("etag", `"pdf-${version}"`);
    return res.end(`%PDF-1.7 ${path} version ${version}`);
  }
  if (path === "/subprocessors.json") {
    res.setHeader("cache-control", "public, max-age=300");
    res.setHeader("content-type", "application/json");
    return res.end(JSON.stringify({ version }));
  }
  if (/^\/(en|de)\/toms$/.test(path)) {
    // Rendered from the database on the first visit or on an on-demand revalidation, else from the cache.
    if (!nextCache.has(path) || req.headers["x-prerender-revalidate"] === REVALIDATE_ID)
      nextCache.set(path, version);
    const rendered = nextCache.get(path)!;
    res.setHeader("x-nextjs-prerender", "1");
    res.setHeader("etag", `"toms-${rendered}"`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    return res.end(`<html>${path} version ${rendered} ${"x".repeat(2000)}</html>`);
  }
  res.statusCode = 404;
  res.end("not found");
}

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(origin + path, { method, headers, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, text: body.toString() };
}

/** Without fetch's decompression: the bytes as sent. */
function raw(path: string, headers: Record<string, string>) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(origin + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

/** The first visit renders and fills in the background; wait until the snapshot answers. */
async function visitUntilStored(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 50; i++) {
    const response = await get(path, headers);
    if (response.headers.get("x-article28-snapshot") === "hit") return response;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${path} never came from the snapshot`);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (servePublicSnapshot(req, res, { origin, revalidateId: REVALIDATE_ID })) return;
    next(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clearPublicSnapshot();
  nextCache.clear();
  renders = [];
  version = 1;
});

describe("the public-page snapshot", () => {
  it("answers a prerendered page from memory after its first visit, with Next's headers and body", async () => {
    const first = await get("/en/toms");
    expect(first.headers.get("x-article28-snapshot")).toBeNull();
    const stored = await visitUntilStored("/en/toms");
    const rendered = renders.length;
    const again = await get("/en/toms");
    expect(renders).toHaveLength(rendered); // Next.js was not asked again
    expect(again.text).toBe(first.text);
    expect(again.headers.get("content-security-policy")).toBe(CSP);
    expect(again.headers.get("etag")).toBe('"toms-1"');
    expect(again.headers.get("x-nextjs-cache")).toBeNull();
    expect(stored.headers.get("x-article28-snapshot")).toBe("hit");
    const identity = await get("/en/toms", { "accept-encoding": "identity" });
    expect(identity.headers.get("content-encoding")).toBeNull();
    expect(identity.headers.get("content-length")).toBe(String(first.body.length));

    const zipped = await raw("/en/toms", { "accept-encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(first.text);
    expect((await get("/en/toms", { "if-none-match": '"toms-1"' })).status).toBe(304);
    const head = await get("/en/toms", { "accept-encoding": "identity" }, "HEAD");
    expect(head.body.length).toBe(0);
    expect(head.headers.get("content-length")).toBe(String(first.body.length));
  });

  it("answers an unprefixed page in the visitor's language, varying on it", async () => {
    const german = await visitUntilStored("/toms", { "accept-language": "de-DE,de;q=0.9" });
    expect(german.text).toContain("/de/toms");
    expect(german.headers.get("vary")).toBe("rsc, Accept-Encoding, Accept-Language, Cookie");
    const chosen = await visitUntilStored("/toms", { "accept-language": "de", cookie: "a28-locale=en" });
    expect(chosen.text).toContain("/en/toms");
    expect((await get("/en/toms")).headers.get("vary")).toBe("rsc, Accept-Encoding");
  });

  it("stores the public files, never a per-request page, one that sets a cookie, or a 404", async () => {
    expect(JSON.parse((await visitUntilStored("/subprocessors.json")).text)).toEqual({ version: 1 });
    for (const path of ["/en/documents/access/t0ken", "/en/welcome", "/en/nowhere"]) {
      for (let i = 0; i < 3; i++) await get(path);
      await new Promise((r) => setTimeout(r, 50));
      expect((await get(path)).headers.get("x-article28-snapshot"), path).toBeNull();
    }
    // No fill request follows what is not worth keeping: each visit was rendered once, nothing more.
    expect(renders.filter((r) => r === "GET /en/nowhere")).toHaveLength(4);
  });

  it("keeps the documents' PDFs as they are (never compressed again), in the visitor's language too", async () => {
    const pdf = await visitUntilStored("/en/toms/latest.pdf");
    expect(pdf.text).toBe("%PDF-1.7 /en/toms/latest.pdf version 1");
    const zipped = await raw("/en/toms/latest.pdf", { "accept-encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBeUndefined();
    expect(zipped.headers["content-type"]).toBe("application/pdf");
    const german = await visitUntilStored("/toms/latest.pdf", { "accept-language": "de" });
    expect(german.text).toContain("/de/toms/latest.pdf");
    expect(german.headers.get("vary")).toContain("Accept-Language, Cookie");
  });

  it("leaves queries, client-router requests and POSTs to Next.js", async () => {
    await visitUntilStored("/en/toms");
    renders = [];
    await get("/en/toms?lang=de");
    await get("/en/toms", { rsc: "1" });
    await get("/en/toms", { "next-router-prefetch": "1" });
    await get("/en/toms", {}, "POST");
    expect(renders).toEqual(["GET /en/toms?lang=de", "GET /en/toms", "GET /en/toms", "POST /en/toms"]);
  });

  it("renders afresh after a publish", async () => {
    await visitUntilStored("/en/toms");
    version = 2;
    expect((await get("/en/toms")).text).toContain("version 1"); // still the stored page
    clearPublicSnapshot();
    nextCache.clear();
    expect((await get("/en/toms")).text).toContain("version 2");
    expect((await visitUntilStored("/en/toms")).text).toContain("version 2");
  });

  it("fills a page after a publish with a fresh render, not the page Next.js still has cached", async () => {
    await visitUntilStored("/en/toms");
    version = 2;
    clearPublicSnapshot(); // Next's cache is not invalidated yet: a plain request would get version 1
    expect((await get("/en/toms")).text).toContain("version 1");
    expect((await visitUntilStored("/en/toms")).text).toContain("version 2");
  });
});
